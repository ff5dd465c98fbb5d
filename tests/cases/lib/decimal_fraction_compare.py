# Decimal compares exactly with Fraction (either side), float and int; a complex
# with no imaginary part is equal to its real part.
from decimal import Decimal as D
from fractions import Fraction as F
print(D(1) == F(1), D("0.5") == F(1,2), D("0.5") < F(2,3), F(2,3) > D("0.5"), D("0.1") == F(1,10))
print(D("0.5") == 0.5, D("0.1") == 0.1, D(1) < 1.5, D("2.5") > 2, D(2) == 2, hash(D("0.5")) == hash(0.5), hash(D(2)) == hash(2))
print(D("0.5") <= F(1,2), D("NaN") == F(1), D(1) != F(1))
try:
    D("NaN") < F(1)
except Exception as e: print(type(e).__name__, e)
print(D(1) == 1j, D(1) == 1+0j)
print(F(1,2) == D("0.5"), F(1,2) <= D("0.5"))
print(sorted([D("0.3"), F(1,4), 0.2, 1]))
print(D("1.5") < 2, 2 > D("1.5"), 1.2 < D("1.5"), D("Infinity") > F(10**30, 3), D("-0") == F(0))
