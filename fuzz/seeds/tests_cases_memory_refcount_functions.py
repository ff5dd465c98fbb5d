# Checks: freeing a function object releases its globals, name and qualname (refcount deltas, not absolute counts).
import sys
g = globals()
base = sys.getrefcount(g)
for i in range(100):
    f = lambda: 0
del f
print("after 100 lambdas", sys.getrefcount(g) - base)
def outer():
    return [x for x in range(3)]
for i in range(100):
    outer()
print("after 100 comprehensions", sys.getrefcount(g) - base)
