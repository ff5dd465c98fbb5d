# enum odds and ends: _missing_ returning a non-member (chained errors), IntEnum/IntFlag format and
# arithmetic, verify(NAMED_FLAGS/CONTINUOUS), enum.property vs property, aliases, extension errors.
import enum, sys, copy
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, global_enum, verify, NAMED_FLAGS, CONTINUOUS, EnumCheck
class C(Enum):
    A = 1
    B = 2
print(C.__members__)
print(repr(C.A.name), C.A == 1, C.A != C.B, C.A.__class__, copy.copy(C.A) is C.A, copy.deepcopy(C.A) is C.A)
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return 5
try:
    Bad(3)
except TypeError as e:
    print(repr(e), repr(e.__context__))
class I(IntEnum):
    X = 10
print(f'{I.X:>5}|{I.X:x}|{I.X!r}|{I.X!s}', I.X * 2, I(10) is I.X, int(I.X), hash(I.X) == hash(10))
class P(IntFlag):
    A = auto()
    B = auto()
print(P.A | 4, repr(P.A | 4), ~P.A, P.A & 3, 3 | P.A, type(3 | P.A).__name__, P.A ^ P.B)
@verify(NAMED_FLAGS)
class Good(Flag):
    A = 1
    B = 2
    AB = 3
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        AD = 9
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class CF(Flag):
        A = 1
        D = 8
except ValueError as e:
    print(e)
print(list(EnumCheck), enum.STRICT, repr(enum.KEEP))
class Col(Enum):
    RED = 1
    @property
    def pretty(self):
        return self.name.title()
    @enum.property
    def also(self):
        return 'also ' + self.name
print(Col.RED.pretty, Col.RED.also)
try:
    Col.RED.name = 'x'
except AttributeError as e:
    print(e)
try:
    Col.RED.foo = 1
    print('set ok', Col.RED.foo)
except AttributeError as e:
    print(e)
class Ord(IntEnum):
    A = 1
    B = 2
print(sorted([Ord.B, Ord.A]), Ord.A < Ord.B, max(Ord))
class Sh(Flag):
    R = auto()
    G = auto()
    B = auto()
    WHITE = R | G | B
print(list(Sh), Sh.WHITE, ~Sh.R, Sh(0), repr(Sh(0)), bool(Sh.R & Sh.G), len(Sh.WHITE))
try:
    Sh(9)
except ValueError as e:
    print(e)
print(isinstance(C.A, enum.Enum), issubclass(IntFlag, Flag), IntFlag.__mro__)
print(StrEnum('S', 'A B').A == 'a', [m.value for m in StrEnum('S', 'A B')])
try:
    class X(StrEnum):
        A = 1
except TypeError as e:
    print(e)
class Dup(Enum):
    A = 1
    B = 1
    C = 2
print(list(Dup), Dup.B, Dup(1).name, list(Dup.__members__.items()))
for m in Dup: print(m, end=' ')
print()
print(C['A'], C.A in C, 1 in [C.A])
try:
    C['Z']
except KeyError as e:
    print('KeyError', e)
try:
    class Ext(C):
        pass
    print('ext ok', Ext)
except TypeError as e:
    print(e)
class Empty(Enum):
    pass
class Sub(Empty):
    Z = 1
print(Sub.Z, list(Empty))
try:
    C.A.value = 3
except AttributeError as e:
    print(e)
print(repr(auto()), enum.auto)
