# Mixed int/float arithmetic and comparison, shifts and int true division in
# loops (the interpreter's fast paths) must give CPython's values, signs of
# zero, NaN comparisons and exceptions, and never reuse an int as a float.
import sys

ints = [0, 1, -1, 3, -7, 2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**63 - 1, -(2**63)]
floats = [0.0, -0.0, 1.5, -2.5, float("nan"), float("inf"), -float("inf"), 1e308]


def arith(a, b):
    out = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b,
              lambda: a ** b, lambda: a // b, lambda: a % b):
        try:
            r = f()
            out.append("complex" if isinstance(r, complex) else repr(r))
        except Exception as e:
            out.append(type(e).__name__)
    return " ".join(out)


def compare(a, b):
    flags = ""
    if a < b: flags += "<"
    if a <= b: flags += "l"
    if a == b: flags += "="
    if a != b: flags += "!"
    if a > b: flags += ">"
    if a >= b: flags += "g"
    return flags


for a in ints + floats:
    for b in ints + floats:
        if isinstance(a, int) and isinstance(b, int) and abs(b) > 64:
            continue
        print(repr(a), repr(b), arith(a, b), compare(a, b))

# Accumulating loops: the running float must stay a float while an int is
# added, and the int operand is not consumed.
def accumulate(n):
    total = 0.5
    k = 1000
    for i in range(n):
        total = total + i
        total = k * total / 1001
        total -= i
    return total, k, sys.getrefcount(k)

print(accumulate(100))

for x in [1, -1, 5, 2**61, 2**62, -(2**62), 2**62 - 1]:
    print([(x << s, x >> s) for s in [0, 1, 2, 62, 63, 64, 100]])

for x in [-2.0, -3.5, -1.0, -0.5]:
    row = []
    for e in [2, 3, -1, -2, 0, 1001, 1000, 2**60 + 1]:
        try:
            row.append(x ** e)
        except Exception as ex:
            row.append(type(ex).__name__)
    print(row)

print(0 / -1, -0 / 5, 7 / 2, -7 / 2, (2**53) / 3, (2**53 + 1) / 3)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
