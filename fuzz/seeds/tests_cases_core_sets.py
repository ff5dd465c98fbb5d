# Checks: set operations with small ints (deterministic order), membership, add/discard/remove, frozenset.
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 in s)
s.add(4); s.add(1); s.discard(10); s.remove(3)
print("mutated", sorted(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print("ops", sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print("methods", sorted(a.union(b)), sorted(a.intersection([4, 9])), a.isdisjoint({9}), {1, 2} <= a, a >= {1})
print("small int repr", {1, 2, 3}, set(), {5})
print("from list", sorted(set([3, 3, 1, 1, 2])))
f = frozenset([1, 2])
print("frozenset", f, type(f).__name__, hash(f) == hash(frozenset([2, 1])))
print("eq", {1, 2} == {2, 1}, {1} == frozenset({1}))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print("set of tuples", sorted({(1, 2), (0, 5)}))
