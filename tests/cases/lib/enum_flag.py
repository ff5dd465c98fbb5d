# enum.Flag / IntFlag: canonical vs alias members, pseudo-members, |, &, ^, ~, iteration,
# len, containment, auto() powers of two, boundaries STRICT/CONFORM/EJECT/KEEP, reprs.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0


print(P.R | P.W, repr(P.R | P.W), P(6), ~P.R, bool(P(0)), list(P.RWX), P.R in P.RWX)
print(list(P), len(P), P._member_names_, list(P.__members__))
print(repr(P(0)), str(P(0)), P.NONE is P(0), len(P.RWX), P(3) is P(3), repr(~P.RWX))
print(P.R & P.W, P.RWX ^ P.R, P.R | P.W | P.X is P.RWX, hash(P.R) == hash(P.R))
print(P._boundary_, P._flag_mask_, P._singles_mask_, P._all_bits_)
try:
    P(8)
except ValueError as e:
    print(e)
try:
    P.R | 1
except TypeError as e:
    print(e)
try:
    1 in P.R
except TypeError as e:
    print(e)


class A(Flag):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print([(m.name, m.value) for m in A], A.FIRST | A.THIRD, ~A.FIRST)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.X, repr(Perm(5)), Perm(3), repr(Perm(8)), repr(Perm(9)), Perm.R + 1)
print(repr(~Perm.R), repr(Perm.R | 8), Perm.R | 1, type(Perm.R | 1).__name__, str(Perm.W))
print(format(Perm.R, '03d'), f'{Perm.R | Perm.W}', Perm.R == 4, isinstance(Perm.R, int))
print(list(Perm(7)), Perm._boundary_, repr(Perm(0)))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Eject(3)), repr(Keep(7)))
print(repr(~Keep.A), repr(~Conform.A), repr(~Eject.A), list(FlagBoundary))


class Order(Flag):
    B = 2
    A = 1
    C = 4


print(list(Order), Order(7), list(Order(3)))
