# dataclasses odds and ends: recursive asdict, descriptor defaults, frozen hashing/replace, ABC bases,
# string KW_ONLY/ClassVar annotations, init/repr/eq=False, make_dataclass bases + order, match.
import dataclasses, inspect, copy, abc
from dataclasses import dataclass, field, fields, asdict, replace, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar, Any, List


@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(n == copy.deepcopy(n), n != Node(1))


class Desc:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 7
        return getattr(obj, self.name, 7)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)


@dataclass
class WithDesc:
    d: int = Desc()


print(WithDesc(), WithDesc(2).d, WithDesc.__init__.__defaults__)


@dataclass(frozen=True)
class Fz:
    a: int
    b: tuple = (1, 2)


x = Fz(1)
print(replace(x, b=(3,)), x, {x: 1}[Fz(1)])
try:
    object.__setattr__(x, 'a', 5)
    print('bypass', x)
except Exception as e:
    print(e)


@dataclass
class Base(abc.ABC):
    a: int

    @abc.abstractmethod
    def f(self): ...


@dataclass
class Impl(Base):
    b: int = 0

    def f(self):
        return self.a + self.b


print(Impl(1, 2).f())
try:
    Base(1)
except TypeError as e:
    print(e)


@dataclass
class CV:
    x: int
    y: ClassVar[int] = 10
    z: 'dataclasses.KW_ONLY'
    w: int = 3


print(CV(1, w=4), CV.y, [f.name for f in fields(CV)], CV.__match_args__)
print(CV.__dataclass_fields__['y']._field_type, repr(CV.__dataclass_fields__['y'].type))


@dataclass
class Defaults:
    a: int = 1
    b: float = 2.0
    c: str = field(default='c', repr=False)


print(Defaults(), Defaults.a, Defaults.c, Defaults.__doc__)
print(Defaults.__eq__(Defaults(), 1), Defaults() == Defaults(), Defaults(b=3.0) == Defaults())


@dataclass(repr=False, eq=False, init=False)
class Nothing:
    a: int = 1


print('__repr__' in Nothing.__dict__, '__init__' in Nothing.__dict__, Nothing().a)
P = make_dataclass('P', [('x', int, field(default=0))], bases=(Defaults,), order=True)
print(P(x=5), P(1, 2.0, 'q', 5) < P(1, 2.0, 'q', 6), P.__mro__[1].__name__)
match P(x=1):
    case P(a=1, x=xx):
        print('matched', xx)


@dataclass
class Match:
    p: int
    q: int


match Match(1, 2):
    case Match(a, b):
        print('positional', a, b)
print(dataclasses.is_dataclass(Match), dataclasses.fields(Match(1, 2))[1].name)
try:
    fields(1)
except TypeError as e:
    print(e)
print(type(dataclasses.KW_ONLY).__name__, dataclasses.Field, dataclasses.Field[int])
