# `int in list/tuple`: identity, then value equality against int, float, bool and big-int
# items; an item with its own __eq__ is asked (and sees the int); refcounts unchanged.
import sys

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, other)
        return self.v == other

big = 10 ** 20
items = [1, 2.0, True, big, 'x', None, (3,), 1000]
for x in [1, 2, 3, 1000, 10 ** 3, 0, -5, 257, 10 ** 20 - 10 ** 20]:
    print(x, x in items, x in tuple(items), x not in items)
n = 12345 * 2
print(n in [24690], n in (24689, 24690), n in [24689.0, 24690.0], n in [])
print(1 in [Eq(0), Eq(1), Eq(2)])
print(5 in [1, Eq(5)], 5 in [5, Eq(5)])
print(0 in [False], 1 in [0.5, 1.0], 2 ** 62 in [2 ** 62], 2 ** 63 in [2 ** 63])
k = 10 ** 6 + 1
lst = [10 ** 6 + 1 - 1 + 1 for _ in range(3)]
before = sys.getrefcount(k)
print(k in lst, sys.getrefcount(k) - before, [sys.getrefcount(v) for v in lst][:1] != [])
