# Set comprehensions (SET_ADD): duplicates, numeric keys that compare equal across
# types, keys whose __hash__/__eq__ are Python code, unhashable items, and the
# references the set holds.
import sys

print(sorted({x % 7 for x in range(100)}))
print({1.0 for _ in range(3)} | {True}, len({v for v in (1, 1.0, True, 2)}))
print({v for v in (1, 1.0, True)})
words = "the quick brown fox jumps over the lazy dog the end".split()
print(sorted({w for w in words}), len({w[0] for w in words}))
big = 10**9
st = {big for _ in range(3)}
print(sys.getrefcount(big))


class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        K.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % self.v


ks = {K(v) for v in (1, 2, 1, 3)}
print(sorted(ks, key=lambda k: k.v), K.calls)
mixed = {v for v in (K(5), 5, 5.0)}
print(len(mixed))
try:
    {[x] for x in range(3)}
except TypeError as e:
    print("TypeError:", e)
# A colliding key whose equality is Python code is asked before a later match.
d = {K(7): "k", 7: "int"}
print(d[7], d.get(7.0), 7 in d)
s7 = {K(7), 7}
print(7 in s7, 7.0 in s7)
print({7} <= s7, s7 == {7, K(7)})
