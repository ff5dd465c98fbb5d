# Checks: WeakValueDictionary/WeakKeyDictionary entries vanish by refcount and by gc.collect(); ref sharing, hash/eq; finalize once, detach, alive, at exit; atexit order.
import weakref, gc, sys
class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Image(%r)" % self.name
cache = weakref.WeakValueDictionary()
a, b = Image("a"), Image("b")
cache["a"], cache["b"] = a, b
print(len(cache), sorted(cache.keys()))
del a
print(len(cache), sorted(cache.keys()), cache["b"].name, "a" in cache, cache.get("a", "gone"))
c = Image("c"); c.self = c
cache["c"] = c
del c
print(len(cache))
gc.collect()
print(len(cache), sorted(cache))
try:
    cache["zz"]
except KeyError as e:
    print("KeyError", e)
wk = weakref.WeakKeyDictionary()
k1, k2 = Image("k1"), Image("k2")
wk[k1] = 1; wk[k2] = 2
print(len(wk), wk[k1], k2 in wk, sorted(v for v in wk.values()))
del k1
print(len(wk), [k.name for k in wk.keys()])
print(weakref.getweakrefcount(k2), len(weakref.getweakrefs(k2)))
r1 = weakref.ref(k2); r2 = weakref.ref(k2)
print(r1 is r2, weakref.getweakrefcount(k2), r1 == r2, hash(r1) == hash(k2))
r3 = weakref.ref(k2, lambda w: None)
print(weakref.getweakrefcount(k2), r3 == r1, r3 is r1)
del r3
print(weakref.getweakrefcount(k2))
def bye(name):
    print("finalized", name)
x = Image("x")
f = weakref.finalize(x, bye, "x")
print(f.alive)
del x
print(f.alive, f())
y = Image("y")
g = weakref.finalize(y, bye, "y")
print(g(), g.alive, g())
z = Image("z")
h = weakref.finalize(z, bye, "z")
det = h.detach()
print(det[0].name, det[1] is bye, det[2], h.alive, h.detach())
live = Image("live")
weakref.finalize(live, bye, "at exit 1")
live2 = Image("live2")
weakref.finalize(live2, bye, "at exit 2")
import atexit
atexit.register(print, "atexit handler", sep="-")
print("end of script")
