# Checks calls the dispatch loop enters directly: a bound Python method called as a
# value (`m = obj.f; m(x)`, with defaults, through an instance attribute), a builtin
# class called natively (`float(x)`, `int(x)`, errors with their tracebacks), and a
# native method installed on a Python class called on a subclass instance
# (`random.random()`): results, refcounts of the method and its receiver,
# `__del__` timing of a temporary bound method's receiver, and the errors they raise.
# (gc counts are left out: `gc.get_count()` after calls differs before this change too.)
import random
import sys


class A:
    def __init__(self, tag):
        self.tag = tag

    def f(self, x, y=10):
        return (self.tag, x, y)

    def g(self):
        return self.tag

    def __del__(self):
        print("del", self.tag)


a = A("a")
m = a.f
print(m(1), m(1, 2), m(x=3))
print(sys.getrefcount(a), sys.getrefcount(m))
for i in range(3):
    m(i)
print(sys.getrefcount(a), sys.getrefcount(m))


class Holder:
    pass


h = Holder()
h.hook = a.g
print(h.hook(), sys.getrefcount(a))
del h

# A temporary receiver: dies when the call's method and frame let go of it.
print(A("tmp").f(5))
mm = A("tmp2").g
print(mm())
del mm
print("after")

# Wrong argument counts through a bound method: the general path's errors.
try:
    m()
except TypeError as e:
    print(e)
try:
    m(1, 2, 3)
except TypeError as e:
    print(e)


def rec(n):
    return rec(n + 1)


class R:
    def r(self, n):
        return self.r(n + 1)


bound = R().r
try:
    bound(0)
except RecursionError as e:
    print("recursion", type(e).__name__)

for i in range(5):
    m(i)
    float(i)
    int(2.5)

print(float(3), float(2**70), int(7.9), int("12"), range(3), str(5), tuple([1, 2]))
print(float(True), int(-3.5), complex(1, 2), bool(0), list(range(2)))
try:
    float("x")
except ValueError as e:
    print(e)
try:
    int([])
except TypeError as e:
    print(e)

random.seed(5)
print(random.random(), random.random())
r = random.Random(3)
print(r.random(), r.getrandbits(8))


class MyRandom(random.Random):
    pass


mr = MyRandom(3)
print(mr.random(), mr.getrandbits(8))

del m
del a
print(float("nan") != float("nan"), int(float(2**53)))
float("1e5x")
