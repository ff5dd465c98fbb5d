# Checks: sys.getrefcount of fresh non-int non-str objects: the call argument counts as one, aliases add one each.
import sys
a = []
print("fresh list", sys.getrefcount(a))
b = a
print("one alias", sys.getrefcount(a))
c = [a, a]
print("in a list twice", sys.getrefcount(a))
del c
print("list dropped", sys.getrefcount(a))
del b
print("alias dropped", sys.getrefcount(a))
d = {"k": a}
print("dict value", sys.getrefcount(a))
d["k"] = None
print("dict value replaced", sys.getrefcount(a))
t = (a,)
print("in tuple", sys.getrefcount(a))
del t
print("temporary", sys.getrefcount([]))
class Obj:
    pass
o = Obj()
print("fresh instance", sys.getrefcount(o))
o.me = a
print("as attribute", sys.getrefcount(a))
del o.me
print("attribute deleted", sys.getrefcount(a))
print("class refcount unaffected by prints", sys.getrefcount(o))
