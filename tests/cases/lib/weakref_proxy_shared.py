# Proxies are weak references of their own: the callback-less proxy of an object is
# shared while it lives, each proxy counts in getweakrefcount, a proxy's callback
# receives the proxy, repr as CPython 3.11 (also dead), in-place operators forward
# (@=), and next() through a proxy to a non-iterator is a TypeError.
import gc
import weakref


class C:
    def __imatmul__(self, other):
        return 561


o = C()
p1 = weakref.proxy(o)
r = weakref.ref(o)
p2 = weakref.proxy(o)
print(p1 is p2, weakref.getweakrefcount(o))
p3 = weakref.proxy(o, lambda p: print("callback got the proxy:", p is p3))
print(p3 is p1, weakref.getweakrefcount(o))
del p1, p2
print(weakref.getweakrefcount(o))
p4 = weakref.proxy(o)
print(weakref.getweakrefcount(o))
p4 @= 5
print(p4)

def f():
    return 0

q = weakref.proxy(f)
print(repr(q).split(" to ")[1].split(" at ")[0], type(q).__name__)
try:
    next(q)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print("TypeError:", e)

del o, r
gc.collect()
print(repr(p3).split(" to ")[1].split(" at ")[0])
try:
    str(p3)
except ReferenceError as e:
    print("ReferenceError:", e)
print(weakref.ref.__name__, weakref.ref.__qualname__, weakref.ref.__module__, weakref.ReferenceType is weakref.ref)
print(repr(weakref.ref(f)).endswith(" (f)>"))
