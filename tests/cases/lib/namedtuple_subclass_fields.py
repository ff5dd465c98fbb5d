# Checks: a namedtuple class's __new__, _make, _replace and __repr__ keep the fields it
# was made with, so a subclass that changes _fields still builds and shows the same
# tuple (_asdict reads _fields); the methods' qualnames name the class; a subclass's
# repr uses its own name.
from collections import namedtuple

P = namedtuple('P', 'x y')


class Q(P):
    _fields = ('a', 'b', 'c')


try:
    Q(1)
except TypeError as e:
    print(e)
q = Q(1, 2)
print(q, P.__repr__(q), q._replace(x=5), Q._make([3, 4]), q._asdict())
print(type(q._replace(y=0)).__name__, type(Q._make((1, 2))).__name__)
for bad in ([1, 2, 3], [1]):
    try:
        Q._make(bad)
    except TypeError as e:
        print(e)
try:
    q._replace(a=1)
except ValueError as e:
    print(e)
print(P.__new__.__qualname__, P._make.__qualname__, P.__repr__.__qualname__)
print(P._replace.__qualname__, P._asdict.__qualname__)
R = namedtuple('R', 'u v', defaults=[9])
print(R(1), R(1, 2), R(v=3, u=4))
