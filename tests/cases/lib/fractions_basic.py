# fractions.Fraction: construction, arithmetic with ints/floats, comparisons, hashing,
# limit_denominator, string parsing, repr/str and the error messages.
from fractions import Fraction
import math
import numbers

F = Fraction
print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(0, -5), F(F(1, 3)), F(F(1, 2), F(3, 4)))
print(repr(F(3, 4)), str(F(3, 4)), str(F(8, 4)), F(-1, 3))
print(F(0.5), F(0.1), F(-2.75), F(1e20), F(2 ** -20))
for s in ["3/4", " -3/4 ", "+7", "1.25", "-.5", "5.", "1e3", "1.5E-2", "2e+2", "1_000/3",
          "1_0.2_5", "  10  ", "0/5", "\t-0.0\n"]:
    print(repr(s), F(s))
for s in ["", "abc", "1/", "/2", "3 /4", "1.2/3", "1__0", "_1", "1e", ".", "1/2/3", "--1",
          "1.5e1.5", "e5", "0x10", "nan", "inf", "1/-2"]:
    try:
        F(s)
    except ValueError as e:
        print("ValueError:", e)
for args in [(1, 0), ("3/0",), (F(1, 2), 0)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for args in [(1.5, 2), (1, 2.0), ("1", 2)]:
    try:
        F(*args)
    except TypeError as e:
        print("TypeError:", e)
for arg in [[1], None, {}]:
    try:
        F(arg)
    except TypeError as e:
        print("TypeError:", e)
for v in [float("inf"), float("nan")]:
    try:
        F(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, a % 1, 1 % b)
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / a, a - 0.25, a // 0.1, a % 0.25, divmod(2.5, b))
print(b ** 2, b ** -2, F(-2, 3) ** 3, F(-2, 3) ** -3, b ** 0, 2 ** F(3), 2 ** F(1, 2),
      F(4) ** F(1, 2), b ** 0.5, 4.0 ** F(1, 2), F(9, 4) ** 1.0)
print(type(a + b).__name__, type(a + 1).__name__, type(a + 1.0).__name__,
      type(a // b).__name__, type(divmod(a, b)[0]).__name__)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a / F(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * a
except TypeError as e:
    print("TypeError:", e)

# comparisons
print(a < b, a <= b, a > b, a >= b, a == F(2, 6), a != b)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2) == 2, 2 == F(2), F(1, 2) < 1, 0 < F(1, 2),
      F(1, 2) < 0.75, 0.25 < F(1, 2), F(5) > 4.9, F(1, 2) == "1/2")
print(F(1, 2) < float("inf"), F(1, 2) > float("-inf"), F(1, 2) == float("nan"),
      F(1, 2) < float("nan"))
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)
print(sorted([F(1, 2), 0.25, 1, F(-1, 3), 0]), max(F(7, 3), 2), min(F(1, 10), 0.2))

# hashing agrees with int and float
for v in [F(5), F(-1), F(1, 2), F(-3, 4), F(1, 3), F(10 ** 20), F(2 ** 61 - 1), F(-1, 2 ** 70)]:
    print(hash(v), end=" ")
print()
print(hash(F(1, 2)) == hash(0.5), hash(F(-7)) == hash(-7), hash(F(3, 8)) == hash(0.375))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1)}), {F(1, 2): "half"}[0.5])

# conversions and rounding
c = F(7, 2)
print(int(c), int(-c), float(c), float(F(1, 3)), bool(F(0)), bool(c))
print(c.__floor__(), c.__ceil__(), c.__trunc__(), (-c).__floor__(), (-c).__ceil__(),
      (-c).__trunc__())
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3)), round(F(2, 3)))
print(round(F(22, 7), 2), round(F(22, 7), 0), round(F(12345, 1), -2), round(F(1, 8), 2))
print(type(round(F(5, 2))).__name__, type(round(F(5, 2), 1)).__name__)
print(c.numerator, c.denominator, c.as_integer_ratio(), F(-6, 4).as_integer_ratio())
print(F(3).numerator, F(3).denominator)
print(F(True), F(True, 2), F(1, 2) + True, True - F(1, 3), F(3, 2) * False, F(1, 2) == True,
      F(1) == True, F(1, 2) < True, True ** F(2), F(2) ** True)

# limit_denominator and from_float
pi = F(math.pi)
print(pi, pi.limit_denominator(), pi.limit_denominator(10), pi.limit_denominator(100),
      pi.limit_denominator(1000), pi.limit_denominator(1))
print(F("0.333333").limit_denominator(10), F(1, 3).limit_denominator(3),
      F(-22, 7).limit_denominator(5), F(3, 10).limit_denominator(3))
print(F(0.1).limit_denominator(), F(1.1).limit_denominator(100))
try:
    pi.limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
print(F.from_float(0.25), F.from_float(3))
try:
    F.from_float("1.5")
except TypeError as e:
    print("TypeError:", e)

# subclasses and the numeric tower
class MyFrac(Fraction):
    pass

m = MyFrac(1, 2)
print(repr(m), m + 1, type(m + 1).__name__, isinstance(m, Fraction))
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real),
      isinstance(a, numbers.Number), isinstance(a, numbers.Integral))
print(sum([F(1, n) for n in range(1, 11)]))
print(sum(F(1, 2 ** k) for k in range(20)))
import copy
print(copy.copy(a) is a, copy.deepcopy(b) == b)
