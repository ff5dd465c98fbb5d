# math functions and float() on ints, bools and floats: exact conversion rules
# (correctly rounded, as PyLong_AsDouble), overflow and the __float__/__index__ protocol.
import math

print(math.sqrt(9007199254740993), math.sqrt(2**53 + 3))
print(math.sin(True), math.cos(False), math.exp(1))
print(math.floor(-7), math.fabs(-2**62), math.fabs(-(2**63 - 1)))
print(math.log(2**62), math.log2(2**62 + 1))
print(float(2**63 - 1), float(-2**63), float(2**53 + 1))
for v in (10**400, -10**400):
    try:
        math.sin(v)
    except OverflowError as e:
        print("OverflowError:", e)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 4


print(math.sqrt(F()), math.sqrt(I()), math.pow(I(), 2))
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
for i in range(5):
    print(round(math.sin(i) * 3 + math.cos(i), 12), math.hypot(i, 2 * i))
