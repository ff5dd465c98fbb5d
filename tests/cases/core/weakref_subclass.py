# Python subclasses of weakref.ref: each call makes a reference of its own (never
# the shared callback-less one), with instance attributes or slots; the callback
# receives the subclass instance; getweakrefs/getweakrefcount see it; equality
# and hashing are the referent's while it lives; __new__/__init__ argument rules.
import gc, sys, weakref

class A:
    pass

class R(weakref.ref):
    pass

class K(weakref.ref):
    __slots__ = ("k",)
    def __new__(cls, ob, callback=None, k=0):
        self = super().__new__(cls, ob, callback)
        self.k = k
        return self
    def __init__(self, ob, callback=None, k=0):
        super().__init__(ob, callback)

a = A()
plain = weakref.ref(a)
r = R(a)
print(type(r).__name__, r() is a, isinstance(r, weakref.ref), r is not plain, R(a) is not r)
print(weakref.getweakrefcount(a), weakref.ref(a) is plain)
r.x = 5
print(r.x, r.__dict__)

def cb(w):
    print("callback", type(w).__name__, w.k, w() is None)
k = K(a, cb, 7)
print(k.k, k() is a, weakref.getweakrefcount(a), hasattr(k, "__dict__"))
print(k == r, r == plain, hash(r) == hash(a), k != R(a))
print(sorted(type(w).__name__ for w in weakref.getweakrefs(a)))
print(repr(r).startswith("<weakref at 0x"), hex(id(r)) in repr(r))
del a
gc.collect()
print(r(), k(), plain(), r == plain, r == r)
print(repr(r).endswith("; dead>"))

for args in [(), (A(), None, 1)]:
    try:
        R(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref(A(), callback=None)
except TypeError as e:
    print("TypeError:", e)

# A subclass instance in a cycle through its callback is collected.
class C:
    pass
c = C()
c.ref = R(c, lambda w: None)
wc = weakref.ref(c)
del c
gc.collect()
print(wc())
