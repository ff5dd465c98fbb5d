# A mappingproxy owns one counted reference to its mapping: refcounts, the collector's
# view of it (get_referents / get_referrers), its size, and what it keeps alive.
import gc
import sys
import types
import weakref

M = types.MappingProxyType

d = {'a': 1}
print(sys.getrefcount(d))
p = M(d)
print(sys.getrefcount(d))
q = M(d)
print(sys.getrefcount(d))
del q
print(sys.getrefcount(d))
print(gc.get_referents(p), gc.get_referents(p)[0] is d)
print(p in gc.get_referrers(d), sys.getrefcount(p))
print(gc.is_tracked(p), gc.is_tracked(M({})), sys.getsizeof(p), sys.getsizeof(M({})),
      p.__sizeof__())
pp = M(p)
print(gc.get_referents(pp)[0] is p, sys.getrefcount(p))
del pp
print(sys.getrefcount(p))
del p
print(sys.getrefcount(d))


# The proxy keeps its mapping alive.
class Mapping(dict):
    pass


m = Mapping(x=1)
r = weakref.ref(m)
p2 = M(m)
del m
print(r() is not None, p2['x'])
del p2
print(r())


# cls.__dict__: a new proxy each time, over the one namespace dict of the class.
class C:
    a = 1


proxy = C.__dict__
ns = gc.get_referents(proxy)[0]
print(type(ns).__name__, gc.get_referents(C.__dict__)[0] is ns)
base = sys.getrefcount(ns)
extra = C.__dict__
print(sys.getrefcount(ns) - base)
del extra
print(sys.getrefcount(ns) - base)
print(C in gc.get_referrers(ns), proxy in gc.get_referrers(ns))
# Reading through a proxy takes no reference of its own.
before = sys.getrefcount(ns)
for i in range(100):
    C.__dict__.get('a')
    'a' in C.__dict__
    C.__dict__['a']
print(sys.getrefcount(ns) - before)


# The proxy keeps the namespace alive after the class is gone.
class E:
    tag = 'e'


pe = E.__dict__
del E
gc.collect()
print(pe['tag'], pe.get('tag'), sorted(k for k in pe if not k.startswith('__')))


# A cycle through a proxy (instance -> its __dict__ -> proxy -> the __dict__) is
# found by the collector.
class Holder:
    pass


h = Holder()
h.p = M(h.__dict__)
wh = weakref.ref(h)
del h
print(gc.collect() > 0, wh())
