# Checks: sys.getrefcount with closures (cells), function arguments and locals, bound methods, and after function return.
import sys
data = {}
def make():
    def get():
        return data
    return get
g = make()
print("global dict", sys.getrefcount(data))
def make_cell():
    box = []
    def get():
        return box
    return get, box
getter, box = make_cell()
print("captured list", sys.getrefcount(box))
del getter
print("closure dropped", sys.getrefcount(box))
def takes(x):
    return sys.getrefcount(x)
lst = []
print("inside call", takes(lst))
def holds(x):
    y = x
    return sys.getrefcount(x)
print("inside call with local alias", holds(lst))
print("after calls", sys.getrefcount(lst))
class C:
    def m(self):
        pass
c = C()
print("instance", sys.getrefcount(c))
bm = c.m
print("bound method holds self", sys.getrefcount(c))
del bm
print("bound method dropped", sys.getrefcount(c))
items = [[] for _ in range(3)]
print("elements of a comprehension", [sys.getrefcount(x) for x in items])
