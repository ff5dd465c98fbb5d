# Checks: tuple/list unpacking, swaps, nested unpacking, chained assignment, augmented assignment on all types.
a, b = 1, 2
a, b = b, a
print("swap", a, b)
(x, y), z = (1, 2), 3
print("nested", x, y, z)
[p, q] = "hi"
print("from str", p, q)
i = j = k = 0
print("chained", i, j, k)
for n, (s, t) in enumerate([("a", 1), ("b", 2)]):
    print("loop unpack", n, s, t)
v = 10
v += 5; v -= 3; v *= 2; v //= 5; v **= 3; v %= 7
print("int aug", v)
f = 1.5; f /= 2; f += 1
print("float aug", f)
s = "ab"; s += "cd"; s *= 2
print("str aug", s)
L = [1]; L2 = L; L += [2]; L *= 2
print("list aug in place", L, L2 is L)
t = (1,); t2 = t; t += (2,)
print("tuple aug rebinds", t, t2)
bits = 0b1100; bits &= 0b1010; bits |= 1; bits ^= 0b11; bits <<= 2; bits >>= 1
print("bit aug", bits)
d = {"k": 1}; d["k"] += 10
print("subscript aug", d)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
