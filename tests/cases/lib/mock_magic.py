# MagicMock's configured magic methods and their defaults (len, iter, bool, int,
# float, contains, comparison, hash, str, with, getitem/setitem, arithmetic),
# setting magic methods on a Mock or MagicMock (only that mock changes), and the
# calls recorded for them.
import re
from unittest.mock import Mock, MagicMock, call


def norm(s):
    return re.sub(r"id='\d+'", "id=ID", str(s))


m = MagicMock()
print(len(m), list(m), bool(m), int(m), float(m), complex(m), 3 in m)
print(m == m, m != m, m == 3, m != 3, hash(m) == hash(m))
print(str(m) == object.__str__(m), norm(m[1]), norm(m + 1))
m[1] = 2
del m[1]
with m as entered:
    print(norm(entered))
print(m.__bool__.call_count, m.__int__.call_args)
print(m.__getitem__.call_args, m.__setitem__.call_args, m.__delitem__.call_args)
m.__len__.return_value = 5
m.__iter__.return_value = [1, 2]
m.__getitem__.side_effect = lambda k: k * 10
print(len(m), list(m), list(m), m[4])
m.__eq__.return_value = True
print(m == 1)
other = MagicMock()
print(len(other), list(other))
try:
    m < 1
except TypeError as e:
    print('TypeError', e)

p = Mock()
p.__len__ = lambda self: 9
print(len(p))
try:
    len(Mock())
except TypeError as e:
    print('TypeError', e)
p.__str__ = Mock(return_value='as str')
print(str(p))
q = Mock()
q.__mul__ = Mock(return_value=15)
q.__hash__ = Mock(return_value=999)
print(q * 3, hash(q), q.__mul__.call_args)
try:
    Mock().__init__ = 1
except AttributeError as e:
    print('AttributeError', e)
