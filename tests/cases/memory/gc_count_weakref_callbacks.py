# gc.collect() also counts the weak references whose callbacks it ran and that died
# with them (CPython's handle_weakrefs): weakref.finalize's reference leaves its
# registry when it fires, a kept weakref.ref does not die.
import gc
import weakref


class N:
    pass


a = N()
b = N()
a.b = b
b.a = a
weakref.finalize(a, print, "finalize a")
del a, b
print("collected", gc.collect())

a = N()
b = N()
a.b = b
b.a = a
r = weakref.ref(b, lambda ref: print("callback b"))
del a, b
print("collected", gc.collect(), r())

# A callback reference nobody else holds dies once its callback ran.
a = N()
a.me = a
holder = [weakref.ref(a, lambda ref: print("callback of a dropped ref"))]
del a
holder.clear()
print("collected", gc.collect())

a = N()
a.me = a
refs = {}
refs["a"] = weakref.ref(a, lambda ref: refs.pop("a") and print("popped"))
del a
print("collected", gc.collect(), refs)
