# Dict and set lookups with keys whose hash and comparison run no code (ints and
# strs are hashed without a call) and with keys that run Python code: d.get, d[k],
# `in`, sets; found, missing, the default, counts of what is returned, a dict
# subclass (get never calls __missing__), an unhashable key, equal keys of other
# types, and a str subclass key with its own __hash__.
import sys


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return self.v == getattr(other, "v", other)


class S(str):
    def __hash__(self):
        print("S.hash")
        return str.__hash__(self)


class M(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0


big = 10**20
val = [1]
d = {1: "one", "a": val, 2.5: "f", big: "big", (1, 2): "t", None: "n", True: "T"}
print(d.get(1), d.get("a"), d.get(2.5), d.get(10**20), d.get((1, 2)), d.get(None))
print(d.get(1.0), d.get(True), d.get(0), d.get("b"), d.get("b", "dflt"), d.get(7, val))
print(sys.getrefcount(val))
x = d.get("a")
y = d.get("zz", val)
print(sys.getrefcount(val), x is val, y is val)
del x, y
print(sys.getrefcount(val))
k = K(1)
print(d.get(k))
d[K(9)] = "nine"
print(d.get(9))
print(d.get(K(9)))
print(d.get(S("a")) is val)
m = M(a=1)
print(m.get("a"), m.get("b"), m["b"])
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
try:
    d.get()
except TypeError as e:
    print("TypeError", e)
print({}.get(1), {}.get("x", 3))
print(d[1], d["a"] is val, d[True], d[1.0], d[10**20], 2.5 in d, "b" in d, -1 in d)
print(d[S("a")] is val, S("a") in d)
st = {1, "a", 2.5, big, -1, -2}
print(1 in st, "a" in st, 2 in st, 1.0 in st, True in st, big in st, S("a") in st, -2 in st)
print(hash(-1), hash(-2), {-1: "m1", -2: "m2"}[-1])
