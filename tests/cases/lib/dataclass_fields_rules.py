# dataclasses: field() options, KW_ONLY, InitVar/ClassVar (also as strings), __post_init__,
# inheritance, the definition-time errors and their messages, Field/params reprs.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING
from typing import ClassVar


@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
    count: ClassVar[int] = 0


print(P(1, 2), P(1) < P(2), sorted([P(3), P(1, 5), P(1, 2)]))
print(P.__match_args__, [f.name for f in fields(P)], P.count)
print(P(1).tags is not P(1).tags, P(1, tags=[1]) == P(1))


@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 3
    c: InitVar[int] = 0
    d: int = field(init=False, default=7)
    meta: str = field(default='m', metadata={'unit': 'cm'}, kw_only=False)

    def __post_init__(self, c):
        self.e = c * 2


m = M(1, 'q', b=4, c=5)
print(m, m.e, m.d, m.c if hasattr(M, 'c') else None)
print(M.__match_args__, [f.name for f in fields(M)])
print(fields(M)[-1].metadata['unit'], type(fields(M)[-1].metadata).__name__)
print(M.__dataclass_fields__['c']._field_type, M.__dataclass_fields__['a']._field_type)
print(repr(InitVar[int]), repr(InitVar[list[int]]))


@dataclass
class S:
    a: 'ClassVar[int]' = 3
    b: 'InitVar[int]' = 4
    c: 'dataclasses.InitVar[int]' = 5
    d: int = 1


print([f.name for f in fields(S)], S(d=2))


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2


print(K(a=1), K.__match_args__)
try:
    K(1)
except TypeError as e:
    print(e)


@dataclass
class Base:
    x: int = 1
    y: str = 'b'


@dataclass
class Der(Base):
    z: int = 2
    x: int = 10


print(Der(), Der(5, 'q', 6), [f.name for f in fields(Der)])
print(P.__dataclass_params__)
print(repr(fields(P)[0]).replace(repr(MISSING), 'MISSING'))
print(MISSING is dataclasses.MISSING, repr(dataclasses._HAS_DEFAULT_FACTORY))


def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


def bad1():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def bad2():
    @dataclass
    class Bad:
        a: list = []


def bad3():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def bad4():
    @dataclass(frozen=True)
    class Fz:
        a: int

    @dataclass
    class Thaw(Fz):
        b: int


def bad5():
    @dataclass
    class Thaw:
        a: int

    @dataclass(frozen=True)
    class Fz(Thaw):
        b: int


def bad6():
    @dataclass
    class Bad:
        a = field()


def bad7():
    @dataclass
    class Bad:
        a: ClassVar[list] = field(default_factory=list)


def bad8():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY


def bad9():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def bad10():
    field(default=1, default_factory=list)


def bad11():
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int

        def __hash__(self):
            return 1


def bad12():
    @dataclass
    class Bad:
        a: dict = {}


for bad in (bad1, bad2, bad3, bad4, bad5, bad6, bad7, bad8, bad9, bad10, bad11, bad12):
    attempt(bad)
try:
    P()
except TypeError as e:
    print(e)
try:
    P(1, 2, [], 4)
except TypeError as e:
    print(e)
