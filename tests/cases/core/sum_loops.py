# sum() as CPython's builtin_sum: a machine total while the items are exact ints
# (then floats), a new object for the result, the general `+` afterwards.
import sys
from fractions import Fraction

x = int("1000")
f = float("2.5")
print(sum([], x) is x, sum((), f) is f, sum([f]) is f, sum([x]) is x, sum([], 5))
print(sys.getrefcount(x))


class I(int):
    def __add__(self, o):
        return "I.__add__"

    def __radd__(self, o):
        return "I.__radd__"


i = I(7)
print(sum([], i) is i, sum([i]), sum([1, i]), sum([1.5, i]), sum([i], 0.5))
print(sum([True, True]), type(sum([True])), sum([False], 0.0), sum([1, True, 2.5, False]))
print(sum([1.5, 2, 3]), sum([2**62, 2**62, 1]), sum([2**63 - 1, 1]), sum([-2**63, -1]))
print(sum([1, 2.5]), sum([0.1] * 10), sum([1e308, 1e308]))
print(sum([1, 2.5, 10**30, 1]), sum([1.5, 10**30]), sum([Fraction(1, 3), 1, 2.5]))
print(sum([[1], [2]], []), sum(([i] for i in range(3)), []), sum(((1,), (2,)), ()))
print(sum(Fraction(1, n) for n in range(1, 5)), sum((n for n in range(10)), 100))
print(sum(x for x in [1, 2, 3]), sum((y for y in []), x) is x, sum(y * 0.5 for y in range(5)))
print(sum(sum(j for j in range(k)) for k in range(6)))


def gen():
    yield 1
    yield 2.5
    yield sum(v for v in [10, 20])
    yield Fraction(1, 2)
    yield 3


print(sum(gen()), sum(gen(), 0.0))


class Weird:
    def __radd__(self, other):
        print("radd with", other)
        return 100


print(sum([1, 2, Weird(), 4]), sum([1.5, Weird(), 2]))
for bad in ([1, "a"], [1.5, None], ["a", "b"]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)


def failing():
    yield 1
    raise ValueError("inside")


try:
    sum(failing())
except ValueError as e:
    print("ValueError:", e)
print(sum(range(100000)), sum(range(-5, 5)), sum([3] * 4, start=10))
