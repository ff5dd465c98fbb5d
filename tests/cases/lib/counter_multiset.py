# Counter: positional-only self/iterable, multiset comparisons, in-place operators
# that keep key order, and a repr for counts that do not order.
from collections import Counter, namedtuple

c = Counter(self=1, iterable=2)
c.update(self=3)
c.subtract(iterable=1)
print(c)
a, b = Counter(a=1, b=2), Counter(a=2, b=2, c=0)
print(a <= b, a < b, b >= a, b > a, a == Counter(a=1, b=2, z=0), a != b)
print(a == {'a': 1, 'b': 2}, {'a': 1, 'b': 2} == a, a.__eq__({}))
try:
    a < {'a': 5}
except TypeError as e:
    print(e)
x = Counter(a=3, b=-1, c=2)
x += Counter(b=1, d=4)
print(x)
x -= Counter(a=1, c=5)
print(x)
x |= Counter(a=7, e=1)
print(x)
x &= Counter(a=2, d=9, e=0)
print(x)
print(Counter({'x': 1, 'y': 'text'}))
print(+Counter(a=2, b=0, c=-3), -Counter(a=2, b=0, c=-3))
print(Counter('abracadabra').most_common(3))

P = namedtuple('P', 'x y')
print(P.__match_args__, P.x.__doc__, P.__module__)
Q = namedtuple('Q', 'cls self')
print(Q(1, 2), Q(cls=3, self=4)._replace(self=5))
