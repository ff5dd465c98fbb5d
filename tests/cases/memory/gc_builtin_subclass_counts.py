# Instances of subclasses of builtin types are one object to the cycle collector, as
# in CPython: creating one adds 1 to gc.get_count()[0], freeing it takes 1 off, it is
# tracked and listed by gc.get_objects() once, and a cycle through its builtin part is
# found and counted once by gc.collect().
import array
import collections
import gc
import itertools
import weakref

gc.disable()


class Target:
    pass


target = Target()
A = [1, 2]
cases = [
    (int, (5,)), (float, (1.5,)), (complex, (1, 2)), (str, ('abc',)),
    (bytes, (b'ab',)), (bytearray, (b'ab',)),
    (tuple, ()), (tuple, ((1, 2),)), (tuple, (A,)),
    (list, ()), (list, (A,)), (dict, ()), (dict, ({'a': 1},)),
    (set, ()), (set, (A,)), (frozenset, ()), (frozenset, (A,)),
    (collections.deque, (A,)), (array.array, ('i', A)),
    (filter, (None, A)), (reversed, (A,)), (weakref.ref, (target,)),
    (itertools.count, ()),
]
N = 20
store = [None] * N
for base, args in cases:
    S = type('S' + base.__name__, (base,), {})
    gc.collect()
    # Once first, so the helpers CPython keeps for reuse (the count's own tuple, the
    # temporary tuple of `tuple.__new__`, which a full collection dropped) exist.
    store[0] = S(*args)
    store[0] = None
    gc.get_count()
    c0 = gc.get_count()[0]
    for i in range(N):
        store[i] = S(*args)
    c1 = gc.get_count()[0]
    ids = {id(o) for o in gc.get_objects()}
    listed = sum(id(o) in ids for o in store)
    del ids
    c2 = gc.get_count()[0]
    for i in range(N):
        store[i] = None
    c3 = gc.get_count()[0]
    tracked = all(gc.is_tracked(S(*args)) for _ in range(3))
    print(f"{base.__name__:14} {len(args)} created {(c1 - c0) / N:+} freed "
          f"{(c3 - c2) / N:+} listed {listed}/{N} tracked {tracked}")

# Iterator subclasses: tracked and listed once (their creation counts follow the
# builtin iterator's, which has its own helpers).
for base, args in [(enumerate, (A,)), (zip, (A, A)), (map, (abs, A)),
                   (itertools.chain, (A,))]:
    S = type('S' + base.__name__, (base,), {})
    x = S(*args)
    print(base.__name__, gc.is_tracked(x), sum(o is x for o in gc.get_objects()))
    del x

# Cycles through the builtin part: one unreachable object per instance.
gc.enable()


class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class S(set):
    pass


gc.collect()
a = L()
a.append(a)
del a
print("list self-cycle", gc.collect())
x, y = L(), L()
x.append(y)
y.append(x)
del x, y
print("two lists", gc.collect())
d = D()
d['me'] = d
del d
print("dict self-cycle", gc.collect())
t = T(([],))
t[0].append(t)
del t
print("tuple -> list -> tuple", gc.collect())


class Node:
    pass


s = S()
n = Node()
n.s = s
s.add(n)
del s, n
print("set <-> instance", gc.collect())

# Referents and referrers see the builtin part's items as the instance's own.
item = ['item']
lst = L([item, 2])
print(gc.get_referents(lst))
print([type(r).__name__ for r in gc.get_referrers(item)])
tup = T((item,))
print([type(r).__name__ for r in gc.get_referrers(item)])
# A reachable instance survives with its items.
keep = L([[1], [2]])
keep.append(keep)
gc.collect()
print(keep[:2], keep[2] is keep)

# The builtin part is never shared: T(t) copies t, as CPython's tuple subtype does.
import sys
base_t = (1, [])
u = T(base_t)
print(sys.getrefcount(base_t), u == base_t, u is not base_t)
fs = frozenset([1, 2])


class F(frozenset):
    pass


v = F(fs)
print(sys.getrefcount(fs), v == fs)
