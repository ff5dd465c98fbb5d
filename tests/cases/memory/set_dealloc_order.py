# A set or frozenset dies the moment its last reference goes (CPython's
# set_dealloc), letting go of its keys in table order: finalizers of keys run at
# the `del`, before the next statement, in that order; a set subclass with
# __del__ and a weakly referenced set die there too; temporaries made by | & -
# die at the end of their expression statement; ids of freed sets are reused.
import gc
import sys
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n

    def __del__(self):
        print("del K", self.n)


class S(set):
    def __del__(self):
        print("del S", sorted(k.n for k in self))


s = {K(3), K(1), K(2), K(9)}
print("before del")
del s
print("after del")

f = frozenset([K(12), K(4)])
g = f | frozenset([K(7)])
print(type(g).__name__, sorted(k.n for k in g))
del f
print("f gone")
g = None
print("g gone")

t = S([K(20), K(21)])
del t
print("subclass gone")

w = {K(30)}
r = weakref.ref(w)
del w
print("weakly referenced gone", r())

print(len({K(40), K(41)} - {K(41)}))
print("temporaries gone")

# A set inside a list inside a set's key tuple: all die at once, depth first.
outer = [{K(50), K(51)}, frozenset([K(52)])]
del outer
print("nested gone")

# Freed sets' slots are reused (ids repeat once the set is dead).
a = set(range(5))
ia = id(a)
del a
b = {0, 1, 2, 3, 4}
print(id(b) == ia)

# Key counts after | & - (each result holds one reference per key).
key = 10**12
base = {key, 1}
n0 = sys.getrefcount(key)
u, i, d = base | {2}, base & {key}, base - {1}
print(sys.getrefcount(key) - n0)
del u, i, d
print(sys.getrefcount(key) - n0)
gc.collect()
print(gc.collect())
