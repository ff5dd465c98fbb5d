# dataclasses: asdict/astuple (recursive, factories, namedtuples, deep copies), replace (InitVar
# and init=False rules), make_dataclass, is_dataclass, slots=True (sizes, frozen pickling).
import copy
import pickle
import sys
import weakref
from collections import namedtuple, OrderedDict
from dataclasses import (dataclass, field, asdict, astuple, replace, fields, InitVar,
                         make_dataclass, is_dataclass)

Pt = namedtuple('Pt', 'x y')


@dataclass
class Inner:
    v: list
    pt: Pt = Pt(1, 2)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: dict = field(default_factory=dict)
    seq: tuple = ()


inner = Inner([1, [2]])
o = Outer('o', inner, {'k': Inner([3])}, (Inner([4]),))
d = asdict(o)
print(d)
print(d['inner']['v'] is not inner.v, d['inner']['v'][1] is not inner.v[1], type(d['inner']['pt']))
print(astuple(o))
print(asdict(o, dict_factory=OrderedDict))
print(astuple(inner, tuple_factory=list))
for fn in (asdict, astuple, replace):
    try:
        fn(Outer)
    except TypeError as e:
        print(e)


@dataclass
class C:
    a: int
    b: int = field(init=False, default=0)
    c: InitVar[int] = 5
    d: InitVar[int] = field(default=None)

    def __post_init__(self, c, d):
        self.b = c


@dataclass
class NeedsInit:
    a: int
    c: InitVar[int]

    def __post_init__(self, c):
        self.c2 = c


x = C(1, 2)
print(replace(x, a=3), replace(x, c=9).b)
for bad in (lambda: replace(x, b=1), lambda: replace(NeedsInit(1, 2), a=2),
            lambda: replace(x, zz=1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(replace(NeedsInit(1, 2), c=4).c2)

D = make_dataclass('D', ['z', ('x', int), ('y', int, field(default=5))],
                   namespace={'total': lambda self: self.x + self.y}, frozen=True)
print(D(0, 1), D(0, 1).total(), D.__module__, D.__annotations__)
print(is_dataclass(D), is_dataclass(D(0, 1)), is_dataclass(int), is_dataclass(list[int]))
for spec in ([('a', int), ('a', int)], ['class'], ['1x'], [('a', int, 1, 2)]):
    try:
        make_dataclass('Bad', spec)
    except TypeError as e:
        print(e)


@dataclass(slots=True)
class S2:
    a: int
    b: int = 4


@dataclass(frozen=True, slots=True)
class F2:
    a: int
    b: str = 'z'


s = S2(1)
print(s, S2.__slots__, hasattr(s, '__dict__'), sys.getsizeof(s), sys.getsizeof(F2(1)))
print(F2.__getstate__ is not None, F2(1).__getstate__(), pickle.loads(pickle.dumps(F2(7, 'q'))))
print(copy.deepcopy(F2(2)), hash(F2(1)) == hash(F2(1)))
try:
    s.c = 1
except AttributeError as e:
    print(type(e).__name__)


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


w = W(1)
print(W.__slots__, weakref.ref(w)() is w)
try:
    @dataclass(weakref_slot=True)
    class Bad:
        a: int
except TypeError as e:
    print(e)
try:
    @dataclass(slots=True)
    class Bad2:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)


@dataclass(slots=True)
class Child(S2):
    c: int = 9


print(Child(1), Child.__slots__)
