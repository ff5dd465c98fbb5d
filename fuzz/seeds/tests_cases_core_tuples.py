# Checks: tuple literals incl. 1-tuples and empty, immutability error, methods, packing/unpacking, comparison.
t = (1, 2, 3)
print(t, (), (1,), len(t), t[1], t[-1], t[::-1])
print("concat", t + (4,), (0,) * 3)
print("methods", t.count(2), t.index(3))
print("cmp", (1, 2) < (1, 3), (1, 2, 3) == t, (2,) > (1, 5))
x, y, z = t
print("unpack", x, y, z)
a = 1, 2
print("pack", a, type(a).__name__)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print("nested", ((1, 2), (3, (4,))))
print("tuple()", tuple([1, 2]), tuple("ab"), tuple(range(3)))
print("hashable", hash((1, 2)) == hash((1, 2)))
print("in", 2 in t, 5 in t)
