# Indexing, slicing and iterating non-ASCII strings: every character and slice as
# CPython gives them, in linear time for in-order walks (a 300,000-character string
# is walked by index, by iterator and by slices; quadratic walking would time out).
import sys

s = ("héllo wörld ☃ 𝄞 " * 20000)[:300000]
n = len(s)
count = 0
for ch in s:
    if ch == "ö":
        count += 1
print("iterate:", count)
count = 0
for i in range(n):
    if s[i] == "☃":
        count += 1
print("index forward:", count)
count = 0
for i in range(n - 1, -1, -1):
    if s[i] == "𝄞":
        count += 1
print("index backward:", count)
total = 0
for i in range(0, n - 4, 4):
    total += len(s[i:i + 4])
print("slices:", total)
print("reversed pieces:", s[n - 1:n - 40:-3], s[::-50000])
print("negative indexes:", s[-1], s[-n], s[-n // 2])

# Mixed widths, every slice shape.
t = "aé☃𝄞b" * 9 + "xyz"
res = []
for a in (None, -50, -7, -1, 0, 1, 3, 8, 50):
    for b in (None, -50, -3, 0, 2, 9, 50):
        for st in (None, 1, 2, 3, -1, -2, -5, 100, -100):
            res.append(t[a:b:st])
print(len(res), sum(map(len, res)), "|".join(res[::37]))
print([t[i] for i in range(-len(t), len(t), 5)])

# A string grown in place, then indexed: the new text is walked, not the old one.
u = "ü" * 40
u += "é" * 10 + "x"
print(u[39], u[40], u[49], u[50], u[-1], len(u))
for k in range(20):
    u += "☃" + u[k]
print(u[-10:], u[45:60:2], len(u))

# A string freed and another made in its place: each is indexed as itself.
for width in ("é", "☃", "𝄞"):
    a = "a" * 30 + width * 30
    print(a[45], a[29], a[30], a[59])
    del a
    b = width * 30 + "b" * 30
    print(b[45], b[29], b[30], b[59], b[10:50:7])
    del b
print(sys.getsizeof(s), sys.getsizeof(t), sys.getsizeof(u))
