# Dicts made from displays and keywords hold only the items they were made with, and
# small tables keep their indices inline: none of that may show. Checks that sizes,
# iteration order, lookups, deletion with dummies, clear/reuse and growth past the
# presized items and past the 8-slot table stay CPython's; and slotted instances.
import sys

def show(tag, d):
    print(tag, sys.getsizeof(d), list(d.items()))

for n in range(0, 8):
    d = {f"k{i}": i for i in range(n)}
    show(f"comp{n}", d)
d = {'a': 1, 'b': 2}
show("display2", d)
for i in range(12):
    d[i] = i * i
    print(i, sys.getsizeof(d), len(d), d.get(i), 'a' in d, i - 1 in d)
show("grown", d)
for k in list(d)[::3]:
    del d[k]
show("deleted", d)
d['a'] = 'again'
d[100] = 'new'
show("reinserted", d)
e = dict(x=1, y=2, z=3)
show("kw3", e)
e['w'] = 4; e['v'] = 5; e['u'] = 6
show("kw6", e)
del e['x']; del e['u']
e['t'] = 7
show("kw-del", e)
e.clear()
show("cleared", e)
e.update(p=1)
show("reused", e)
f = {1: 'a', 2: 'b', 3: 'c', 4: 'd', 5: 'e'}
show("five", f)
f[6] = 'f'
show("six", f)
print(f.popitem(), f.pop(1), sys.getsizeof(f), f)
g = dict.fromkeys(range(20))
for i in range(0, 20, 2):
    del g[i]
show("sparse", g)
print(sorted({(i, str(i)): i for i in range(40)}.values())[-3:])
# Hash collisions in a small table: equal hashes, different keys.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
h = {K(i): i for i in range(5)}
print(h[K(3)], K(9) in h, sys.getsizeof(h))
del h[K(0)]
h[K(7)] = 7
print(list(h.items()), sys.getsizeof(h))

class P:
    __slots__ = ('x', 'y', 'z')
class Q(P):
    __slots__ = ('w',)
p = P()
p.z = 3
print(sys.getsizeof(p), hasattr(p, 'x'), p.z)
p.x = 1; p.y = 2
del p.z
print(p.x, p.y, hasattr(p, 'z'))
q = Q()
q.w = 'w'; q.x = 'x'
print(sys.getsizeof(q), q.w, q.x, hasattr(q, 'y'))
