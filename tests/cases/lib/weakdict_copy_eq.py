# Weak dictionaries compare as mappings (live items) and are unhashable; copy.copy
# shares keys and values; copy.deepcopy of a WeakKeyDictionary copies the values,
# of a WeakValueDictionary the keys, and entries still vanish with their referent.
import copy
import gc
import weakref


class C:
    def __init__(self, i):
        self.i = i

    def __repr__(self):
        return "C(%d)" % self.i


a, b, c, d = [C(i) for i in range(4)]
for kind in (weakref.WeakKeyDictionary, weakref.WeakValueDictionary):
    u = kind()
    u[a] = b
    u[c] = d
    v = copy.copy(u)
    print(kind.__name__, v is u, v == u, v != u, len(v), v[a] is b)
    print(u == {a: b, c: d}, {a: b, c: d} == u, u == {a: b}, u == [1], kind.__hash__)
    w = copy.deepcopy(u)
    print(w == u, len(w), sorted((repr(k), repr(x)) for k, x in w.items()))

del u, v, w
a, b, c, d = [C(i) for i in range(10, 14)]
u = weakref.WeakKeyDictionary({a: b, c: d})
w = copy.deepcopy(u)
print(w[a] is b, w[a].i == b.i)
del c
gc.collect()
print(len(u), len(w))
t = weakref.WeakValueDictionary({1: a, 2: d})
w = copy.deepcopy(t)
print(w[1] is a, len(w))
del d
gc.collect()
print(len(t), len(w))
