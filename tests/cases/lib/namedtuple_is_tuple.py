# Checks: namedtuple classes are real tuple subclasses: isinstance tuple, %-formatting
# and unpacking as a tuple, tuple methods and operators, hashing and comparison with
# plain tuples, _make/_replace/_asdict, field access, sys.version_info likewise.
from collections import namedtuple
import sys

P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, isinstance(p, tuple), issubclass(P, tuple), P.__mro__[1:])
print('%d-%d' % p, '{}/{}'.format(*p), tuple(p), list(p), len(p))
x, y = p
print(x, y, p.x, p[1], p[-1], p[:1], p + (3,), p * 2, 2 in p, p.index(2), p.count(1))
print(p == (1, 2), (1, 2) == p, p < (1, 3), hash(p) == hash((1, 2)), {p: 'v'}[(1, 2)])
print(P._make([3, 4]), p._replace(x=9), p._asdict(), P._fields)
print(type(p[:1]).__name__, type(p + p).__name__, sorted([P(2, 1), P(1, 2)]))
print(isinstance(sys.version_info, tuple), sys.version_info[:1] == (3,), '%d' % sys.version_info[0])
try:
    P(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
