# Checks: iter/next, StopIteration, iterating dicts/strings/ranges, reversed, map/filter laziness, enumerate/zip as iterators.
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
z = zip("ab", range(5))
print(next(z), list(z))
e = enumerate(["x", "y"])
print(next(e), list(e))
print(list(reversed(range(4))), list(reversed("abc")), list(reversed({"a": 1, "b": 2})))
d = {"k1": 1, "k2": 2}
print([k for k in d], list(iter(d.values())))
r = iter(range(3))
print("iter of iter", iter(r) is r, list(r))
print("sum of map", sum(map(int, "1234")), "".join(filter(str.isupper, "aBcD")))
def gen():
    yield from range(3)
print("unpack gen", *gen(), max(gen()))
