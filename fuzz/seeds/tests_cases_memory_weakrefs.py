# Checks: weakref.ref: dereferencing, dying with the referent, callbacks (order, argument), TypeError on ints/lists.
import weakref, gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o)
print("alive", r(), r() is o, weakref.getweakrefcount(o))
def cb(ref):
    print(" callback, ref dead:", ref() is None, ref is r2)
r2 = weakref.ref(o, cb)
print("two refs", weakref.getweakrefcount(o))
print("deleting")
del o
print("after delete", r(), r2())
for v in [1, "s", [], ()]:
    try:
        weakref.ref(v)
    except TypeError as e:
        print("TypeError:", e)
gc.disable()
p, q = Obj("p"), Obj("q")
p.q, q.p = q, p
rp = weakref.ref(p, lambda ref: print(" cycle callback"))
del p, q
print("cycle still alive", rp() is not None)
gc.collect()
print("after collect", rp())
