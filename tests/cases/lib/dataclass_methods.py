# dataclasses: generated __eq__/__hash__ table (eq, frozen, unsafe_hash, explicit __hash__),
# frozen errors, recursive repr, qualnames and signatures of generated methods, __doc__.
import inspect
from dataclasses import dataclass, field, FrozenInstanceError, InitVar, KW_ONLY


@dataclass(eq=False)
class E:
    a: int


print(E(1) == E(1), E.__hash__ is object.__hash__)


@dataclass
class Plain:
    a: int


@dataclass(frozen=True)
class Frozen:
    a: int
    b: list = field(default_factory=list, hash=False)


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: int = field(compare=False)


@dataclass
class Explicit:
    a: int

    def __hash__(self):
        return 42


@dataclass
class EqDefined:
    a: int

    def __eq__(self, other):
        return True


print(Plain.__hash__, hash(Frozen(3)) == hash((3,)), hash(Unsafe(3, 4)) == hash((3,)))
print(hash(Explicit(1)), EqDefined.__hash__, EqDefined(1) == 5)
f = Frozen(1)
for action in (lambda: setattr(f, 'a', 2), lambda: delattr(f, 'a'),
               lambda: setattr(f, 'zzz', 2)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))


@dataclass
class R:
    n: 'R' = None
    label: str = 'r'


r = R()
r.n = r
print(r, R(R()))


@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 3
    c: InitVar[int] = 0
    d: list = field(default_factory=list)

    def __post_init__(self, c):
        pass


print(inspect.signature(M))
for name in ('__init__', '__repr__', '__eq__'):
    print(getattr(M, name).__qualname__, getattr(M, name).__name__)
print(M.__doc__)
print(Frozen.__setattr__.__qualname__, Frozen.__hash__.__qualname__)


class Outer:
    @dataclass(order=True)
    class Inner:
        v: int


print(Outer.Inner(1), Outer.Inner.__lt__.__qualname__, Outer.Inner(1) < Outer.Inner(2))
print(Outer.Inner(1) == 1, Outer.Inner(1).__eq__(1))
try:
    Outer.Inner(1) < 2
except TypeError as e:
    print(e)


@dataclass
class WithSelf:
    self: int
    other: int = 0


print(WithSelf(self=1, other=2))
