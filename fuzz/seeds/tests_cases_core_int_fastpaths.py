# Unboxed int/float fast paths must agree with Python's semantics at every edge.
vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**62, 2**63 - 1, -2**63]
for a in vals:
    for b in vals:
        out = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            out += [a % b, a // b, divmod(a, b)]
        print(a, b, out)
x = -2**63
print(x // -1, x % -1, x * -1, -x)
for a, b in [(7.5, 2.0), (-7.5, 2.0), (1.0, 3.0), (0.1, 0.2)]:
    print(a + b, a - b, a * b, a / b, a < b, a <= b, a == b, a != b, a > b, a >= b)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, nan >= nan)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
i = 10
i += 2**62
i *= 4
i %= 1000003
i //= -7
print(i)
