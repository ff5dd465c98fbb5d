# `|`, `&`, `-` of sets and frozensets whose keys compare without Python code: the
# result's type (the left operand's kind), iteration order and sys.getsizeof follow
# CPython's set_or / set_intersection / set_difference table building (copy then
# merge, smaller side walked, discard from a copy when the left is 4x larger).
import sys

big = set(range(40))
small = {3, 5, 100}
cases = [
    (big, small),
    (small, big),
    (frozenset(big), small),
    (small, frozenset(big)),
    (set(), big),
    (big, set()),
    ({1.0, 2, True}, {1, 2.0, "x"}),
    ({"a", "b", "c"}, {"b", "c", "d"}),
    ({(1, 2), (3, 4)}, {(1, 2), (5, "z")}),
    (set(range(0, 64, 3)), set(range(0, 64, 2))),
]
for x, y in cases:
    for r in (x | y, x & y, x - y, y - x):
        print(type(r).__name__, list(r), sys.getsizeof(r))
print(list({5, 9, 1} | {7, 2}), list(set(range(30)) - {1, 2}))
