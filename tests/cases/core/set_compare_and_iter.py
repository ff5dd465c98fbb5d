# Set and frozenset comparisons (sizes first, then membership with the stored
# hashes) and iteration, including keys whose equality runs Python code, and a set
# that changes size while a for loop walks it.
a = frozenset([1, 2, 3]); b = {1, 2, 3, 4}; c = {3, 2, 1}
for x, y in [(a, b), (b, a), (a, c), (c, a), (a, a), (set(), a), (a, set())]:
    print(x <= y, x < y, x >= y, x > y, x == y, x != y)
print({1.0, 2} <= {1, 2, 3}, {True} == {1}, {"a", (1, 2)} < {"a", (1, 2), None})
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o):
        K.calls += 1
        return isinstance(o, K) and self.v == o.v
k1, k2 = K(1), K(1)
print({k1} <= {k2}, {k1} == {k2}, K.calls)
print(sorted(x for x in {5, 1, 3}), [x for x in frozenset("ab") if x], sum(s for s in {10, 20}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
t = {1, 2}
for x in t:
    t.discard(x); t.add(x)
print(t)
print({1} <= [1] if False else "skip")
try:
    print({1} <= [1])
except TypeError as e:
    print("TypeError", e)
