# Dicts whose keys are all exact strs use CPython's 16-byte "unicode" entries and
# switch to the general 24-byte layout at the first other key: sys.getsizeof at
# every size and after each switch, lookups and order across the switch, index
# arrays of 1, 2 and 4 bytes, and no __eq__ call for keys whose hashes differ
# only above the low 32 bits.
import sys

d = {}
sizes = [sys.getsizeof(d)]
for i in range(90):
    d["k%d" % i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
d[0] = "int"
print(sys.getsizeof(d), d["k5"], d[0], list(d)[-3:])
del d["k7"], d["k8"]
print(sys.getsizeof(d), "k7" in d, "k9" in d, d.get("k8", "gone"), len(d))

# A non-str key first, then strs; a str subclass is not a str for the layout.
class S(str):
    pass

for first in (1, 1.5, (1, 2), S("s"), "s"):
    e = {first: 0}
    for i in range(7):
        e["x%d" % i] = i
    print(type(first).__name__, sys.getsizeof(e), e[first])

# Constructors and copies.
kw = dict(a=1, b=2, c=3)
print(sys.getsizeof(kw), sys.getsizeof(kw.copy()), sys.getsizeof(dict(kw)))
print(sys.getsizeof(dict.fromkeys("abcdef")), sys.getsizeof(dict.fromkeys(range(6))))
print(sys.getsizeof({**kw, 1: 2}), sys.getsizeof({1: 2, **kw}), sys.getsizeof(kw | {"z": 0}))
mixed = dict(kw)
mixed[None] = 0
print(sys.getsizeof(mixed), sys.getsizeof(mixed.copy()), sys.getsizeof(dict(mixed)))

# Instance dicts: split, then combined in either layout.
class A:
    pass

a = A()
a.x = 1
a.y = 2
print(sys.getsizeof(a.__dict__), sys.getsizeof(dict(a.__dict__)))
a.__dict__[5] = 5
print(sys.getsizeof(a.__dict__), a.x, a.y, a.__dict__[5])

# Big tables: 2-byte and 4-byte index arrays, in both layouts.
for n in (200, 30000, 50000):
    s = {str(i): i for i in range(n)}
    g = dict(s)
    g[-1] = -1
    print(n, sys.getsizeof(s), sys.getsizeof(g), s[str(n - 1)], g[str(n // 2)], g[-1])

# Counting idioms in both layouts.
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
tally = {}
for w in words:
    tally.setdefault(w, []).append(len(w))
inc = {0: 0}
for w in words:
    inc[w] = 0
for w in words:
    inc[w] += 1
print(counts, tally, inc)

# Equal low 32 bits, different full hash: CPython never calls __eq__ on them.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("__eq__ called", other)
        return False

key = "probe"
low = hash(key) & 0xFFFFFFFF
if low >= 1 << 31:
    low -= 1 << 32
twin = H(low + (1 << 40))
print(hash(twin) & 0xFFFFFFFF == hash(key) & 0xFFFFFFFF, hash(twin) != hash(key))
for table in ({key: 1}, {key: 1, 2: 2}):
    print(twin in table, table.get(twin))
same = H(hash(key))
print(same in {key: 1}, same in {key: 1, 2: 2})
