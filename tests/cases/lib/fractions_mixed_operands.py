# Fraction with Decimal inputs, complex operands, the float fallback of **, the
# numerator a zero division names, and pickling by (numerator, denominator).
from decimal import Decimal
from fractions import Fraction as F

print(repr(F(Decimal("1.25"))), repr(F.from_decimal(Decimal("3.14"))), repr(F.from_decimal(5)))
for bad in (Decimal("NaN"), Decimal("-Infinity")):
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (1.5, "x"):
    try:
        F.from_decimal(bad)
    except TypeError as e:
        print("TypeError:", e)
a = F(3, 4)
print(a + 1j, 1j + a, a * 2j, 2j - a, a / 2j, a == 0.75 + 0j, a == 1j)
for expr in ("a // 1j", "1j % a", "a < 1j", "a ** 'x'", "'x' ** a", "a + 'x'"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)
for expr in ("a / 0", "F(-3, 4) / 0", "F(0) / 0", "F(6, 4) / F(0, 3)", "2 / F(0)", "F(0) ** -2"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
print(a.__reduce__(), F(7, 2).__ceil__(), F(-7, 2).__floor__(), int(F(-7, 2)))
