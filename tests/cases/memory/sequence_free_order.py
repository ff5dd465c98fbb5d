# When a tuple, list or iterator dies, the objects it held die at once, in CPython's
# order (sequence items last to first), also when the sequence dies inside a
# finalizer, inside another container, or when its iterator is the last owner.
log = []
class D:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)

t = (D(1), D(2), D(3))
t = None
print("tuple", log); log.clear()

l = [D(1), D(2), [D(3), D(4)], (D(5), D(6))]
del l
print("nested", log); log.clear()

it = iter([D(1), D(2), D(3)])
next(it)
it = None
print("iterator", log); log.clear()

class Holder:
    def __init__(self, items): self.items = items
    def __del__(self):
        log.append("holder")
        self.items = None
        log.append("after")
h = Holder((D(1), D(2)))
del h
print("in finalizer", log); log.clear()

d = {"a": (D(1), D(2)), "b": [D(3), D(4)]}
d.clear()
print("dict of sequences", log); log.clear()

def f():
    x = [D(i) for i in range(4)]
    y = tuple(D(i) for i in range(4, 6))
    return 0
f()
print("frame exit", log); log.clear()

import sys
a = (D(9),)
b = [a, a]
print(sys.getrefcount(a))
b = None
print(sys.getrefcount(a), log)
a = None
print(log)
