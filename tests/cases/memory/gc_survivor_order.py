# The order of a generation after collections: survivors keep the young list's
# order except objects found reachable only from a later one, which move behind
# it (CPython's move_unreachable); garbage leaves; gen-1 and gen-2 collections
# merge the younger lists. Finalizers of a later full collection run in that order.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None

    def __repr__(self):
        return self.name


def names(gen):
    return [o.name for o in gc.get_objects(generation=gen) if type(o) is Node]


gc.disable()
gc.collect()
a = Node("a")
b = Node("b")
c = Node("c")
d = Node("d")
# b is reachable only through d, which comes later in the young list.
d.ref = b
hold = [a, c, d]
del b
g1 = Node("g1")
g2 = Node("g2")
g1.ref = g2
g2.ref = g1
del g1, g2
print(gc.collect(0), names(0), names(1))
e = Node("e")
f = Node("f")
f.ref = e
del e
keep_f = f
print(gc.collect(1), names(1), names(2))
h = Node("h")
print(gc.collect(2), names(2))


class Fin(Node):
    def __del__(self):
        print("del", self.name)


x = Fin("x")
y = Fin("y")
z = Fin("z")
x.ref = z
z.ref = y
y.ref = x
gc.collect(0)
del x, y, z
print(gc.collect())
for n in range(3):
    objs = [Node("n%d_%d" % (n, i)) for i in range(4)]
    for i in range(3):
        objs[i].ref = objs[i + 1]
    objs[3].ref = objs[0]
    first = objs[1]
    del objs
    print(gc.collect(0), names(1)[-4:])
    del first
print(gc.collect(), names(2)[:6])
