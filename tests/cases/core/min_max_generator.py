# max()/min() over generators: ints and floats compared as the generator yields them;
# mixed, big, non-numeric items, keys, defaults, NaN, ties, errors and finalizers as python3.
import sys
class D:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"D({self.v})"
    def __del__(self): print("del", self.v)
print(max(i for i in range(10)), min(i for i in range(10)))
print(max(x for x in [3, 1.5, 7, 2.5]), min(x for x in [3, 1.5, 7, -2.5]))
print(max(float(x) for x in range(5)), min(-x * 0.5 for x in range(5)))
print(max(x for x in [1, 2**70, 3]), min(x for x in [5, -2**70, 3]))
print(max((x for x in [True, 2, False])), min((x for x in [True, 0, False])))
print(max((x for x in []), default="empty"))
try:
    max(x for x in [])
except ValueError as e:
    print(e)
print(max(x for x in [1, float("nan"), 3]), min(x for x in [float("nan"), 1, 3]))
a, b = 10**20 // 10**18, 100
print(max(x for x in (a, b)) is b)
def g():
    yield 3
    yield D(1)
try:
    print(max(g()))
except AttributeError as e:
    print("AttributeError", e)
print(max(D(i) for i in [2, 5, 1]))
print(min(D(i) for i in [2, 5, 1]))
print(max(x for x in ["b", "c", "a"]), min(x for x in "hello"))
print(max((x for x in [1, 5, 2]), key=lambda v: -v))
def h():
    yield 1
    yield 5
    raise KeyError("k")
try:
    max(h())
except KeyError as e:
    print("KeyError", e)
n = 10**6
v = max(i * 7 % 1000003 for i in range(1000))
print(v, sys.getrefcount(v))
print(max(x for x in [1, 1.0]), max(x for x in [1.0, 1]), min(x for x in [2, 2.0]))
def gi():
    it = iter([1, 9, 4])
    for x in it:
        yield x
        if x == 9:
            yield max(y for y in it)
print(max(gi()))
