# The collector clears each garbage object (tp_clear) and lets go of what it held:
# finalizers, weakref callbacks and counts come out in CPython's order whether the
# references are released per object or all at the end.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
        self.payload = [name * 3, (name, len(name)), bytes(len(name)), float(len(name))]

    def __del__(self):
        log.append("del " + self.name)


class Leaf:
    pass


def make_ring(names):
    nodes = [Node(n) for n in names]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.peer = b
    return nodes


gc.collect()
ring = make_ring(["a", "bb", "ccc", "dddd"])
leaves = [Leaf() for _ in range(3)]
refs = [weakref.ref(l, lambda r, i=i: log.append("cb leaf %d" % i)) for i, l in enumerate(leaves)]
for n, l in zip(ring, leaves):
    n.payload.append(l)
del leaves, n, l


def inner():
    return ring


# A function in the cycle: cleared functions keep their code, lose their name.
ring[0].payload.append(inner)
fref = weakref.ref(inner)
del inner
ring = None
found = gc.collect()
print("collected", found)
print("\n".join(log))
print("refs dead", [r() is None for r in refs], fref() is None)

# Big garbage: a namespace-like cycle holding many untracked children.
class Holder:
    pass


h = Holder()
h.me = h
h.rows = [[None] * 20 for _ in range(2000)]
h.strs = ["row %d" % i for i in range(2000)]
del h
print("collected", gc.collect())
print("count after", gc.get_count()[0] <= 1)
