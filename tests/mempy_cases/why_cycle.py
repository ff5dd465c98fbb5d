# mempy.why on garbage: two nodes referring to each other, no variable left (the
# collector is disabled so they stay). The report names the 2-object cycle, and for the
# payload the chain from the cycle down to it. After gc.collect() they are gone.
import gc
import mempy
import weakref


class Node:
    pass


gc.disable()
a = Node()
b = Node()
a.next = b
b.next = a
a.payload = [7, 8]
ra = weakref.ref(a)
rb = weakref.ref(b)
del a, b
mempy.why(ra())
mempy.why(rb().next.payload)

# An object referring to itself is a cycle of one object.
n = Node()
n.me = n
rn = weakref.ref(n)
del n
mempy.why(rn())
print(gc.collect() > 0, ra(), rb(), rn())
