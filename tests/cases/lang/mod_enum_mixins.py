# Enums with a data type mixed in: IntEnum, StrEnum, (str, Enum), (float, Enum).
from enum import Enum, IntEnum, StrEnum, auto
class P(IntEnum):
    LOW = 1
    HIGH = 2
print(P.LOW, repr(P.HIGH), P.LOW + 1, P.HIGH > P.LOW, P(2), isinstance(P.LOW, int), sorted([P.HIGH, P.LOW]))
print(f"{P.LOW}", format(P.HIGH, "03d"), str(P.LOW), P.LOW == 1, hash(P.LOW) == hash(1), P.LOW.name, P.LOW.value, type(P.LOW.value))
print(list(P), len(P), P['HIGH'], 2 in [m.value for m in P])
class S(str, Enum):
    A = "a"
    B = "b"
print(S.A, S.A == "a", S.A.upper(), repr(S.B), f"{S.A}", S("b"))
class C(StrEnum):
    X = auto()
    Y = "why"
print(C.X, repr(C.X), C.Y + "!", C.X == "x")
class F(float, Enum):
    PI = 3.14
print(F.PI, F.PI * 2, repr(F.PI))
try:
    P(5)
except ValueError as e:
    print(e)
class Plain(Enum):
    R = 1
print(Plain.R, repr(Plain.R), f"{Plain.R}")
