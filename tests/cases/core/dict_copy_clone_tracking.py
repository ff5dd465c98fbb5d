# dict.copy(), dict(d), {}.update(d) and {**d} of a clean dict clone its table
# (CPython's clone_combined_dict_keys): the copy is tracked by the collector when
# the source is, whatever its items now are; order, sizes, counts and identity of
# the keys and values are the source's.
import gc
import sys

d = {'a': [], 'b': 2}
d['a'] = 1            # no container left, but d stays tracked
print(gc.is_tracked(d))
c = d.copy()
e = dict(d)
f = {}
f.update(d)
g = {**d}
print(gc.is_tracked(c), gc.is_tracked(e), gc.is_tracked(f), gc.is_tracked(g))
print(c, e, f, g, c == d, e is not d)

h = {'x': 1, 'y': 'two', 'z': 3.0}
print(gc.is_tracked(h), gc.is_tracked(h.copy()), gc.is_tracked(dict(h)))
k = {'x': [1]}
print(gc.is_tracked(k.copy()), gc.is_tracked(dict(k)))

# Sizes follow the source's table; more items grow the copy as CPython's does.
for n in (1, 5, 6, 11, 12, 40, 100):
    src = {'k%d' % i: i for i in range(n)}
    cp = src.copy()
    dd = dict(src)
    print(n, sys.getsizeof(src), sys.getsizeof(cp), sys.getsizeof(dd), list(cp) == list(src))
    cp['new'] = 0
    dd['new'] = 0
    print(' ', sys.getsizeof(cp), sys.getsizeof(dd))

# Non-str keys (general table) and a table with deleted entries.
m = {1: 'a', 2.5: 'b', (1, 2): 'c', 'x': None}
print(m.copy(), dict(m), sys.getsizeof(m.copy()), sys.getsizeof(dict(m)))
holed = {i: i for i in range(10)}
del holed[3], holed[7]
print(holed.copy(), sys.getsizeof(holed.copy()), sys.getsizeof(dict(holed)))

# References: each key and value gains one per copy.
key, val = 'key' + str(len(sys.argv)), [1, 2]
src = {key: val}
before = sys.getrefcount(key), sys.getrefcount(val)
copies = [src.copy(), dict(src), {**src}]
print(sys.getrefcount(key) - before[0], sys.getrefcount(val) - before[1])
del copies
print(sys.getrefcount(key) - before[0], sys.getrefcount(val) - before[1])

# Instance dicts (split tables) and a dict subclass as the source.
class P:
    def __init__(self):
        self.a, self.b = 1, 2
p = P()
pc = p.__dict__.copy()
print(pc, sys.getsizeof(pc), gc.is_tracked(pc), sys.getsizeof(dict(p.__dict__)))
class D(dict):
    pass
sd = D(a=1, b=2)
print(dict(sd), gc.is_tracked(dict(sd)), sd.copy(), type(sd.copy()).__name__)

# Copies stay independent of the source.
c2 = h.copy()
c2['x'] = 100
del c2['y']
print(h, c2)
