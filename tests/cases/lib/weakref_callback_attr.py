# A weak reference's __callback__: None without one, the callback it was given,
# read-only, and None again once the referent died by refcount (the reference
# lets go of its callback then, so the callback's refcount drops). The `_weakref`
# module exports the reference type and its helpers.
import sys
import _weakref
from weakref import ref


class X:
    pass


a = X()
r = ref(a)
print(r.__callback__)


def cb(w):
    print("callback", w() is None)


before = sys.getrefcount(cb)
r2 = ref(a, cb)
print(r2.__callback__ is cb, sys.getrefcount(cb) - before)
try:
    r2.__callback__ = None
except AttributeError as e:
    print("AttributeError", e)
del a
print(r2.__callback__, sys.getrefcount(cb) - before, r(), r2())

print(_weakref.ref is ref, _weakref.ReferenceType is ref)
b = X()
print(_weakref.getweakrefcount(b), _weakref.getweakrefs(b))
rb = _weakref.ref(b)
print(_weakref.getweakrefcount(b), _weakref.getweakrefs(b) == [rb])
p = _weakref.proxy(b)
b.v = 5
print(p.v)
d = {"live": rb, "dead": ref(X())}
_weakref._remove_dead_weakref(d, "dead")
_weakref._remove_dead_weakref(d, "live")
_weakref._remove_dead_weakref(d, "missing")
print(sorted(d))
try:
    _weakref._remove_dead_weakref({"k": 1}, "k")
except TypeError as e:
    print("TypeError", e)
del b
try:
    p.v
except ReferenceError as e:
    print("ReferenceError", e)
