# A class's shared keys (CPython 3.11 ht_cached_keys): each new instance takes one
# usable entry, and a name that no longer fits gives that instance a real __dict__ at
# once (gc.get_referents shows it, gc counts see a new dict); other instances keep
# their values. Also __class__ assignment, which materialises the __dict__ first, and
# classes that store more than 30 names.
import gc, sys

class C:
    pass

objs = [C() for _ in range(100)]
objs[0].a = 1
print(gc.get_referents(objs[0]))
objs[0].b = 2                 # the keys are full now: objs[0] gets a dict
print(gc.get_referents(objs[0]), sys.getsizeof(objs[0].__dict__))
objs[1].a = 3                 # 'a' is in the keys: still inline
print(gc.get_referents(objs[1]))
objs[1].b = 4
print(gc.get_referents(objs[1]))

class A:
    pass
class B:
    pass
o = A()
o.x = 1
o.y = [2]
print(gc.get_referents(o))
o.__class__ = B
print(gc.get_referents(o), sys.getsizeof(o.__dict__))
o.z = 3
print(vars(o), o.x, o.y, o.z)
o.__class__ = A
print(vars(o))
e = A()
e.__class__ = B               # no attributes: still a dict, as CPython
print(gc.get_referents(e))

class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, 'n%d' % i, i)
print(len(vars(m)), sys.getsizeof(m.__dict__), gc.get_referents(m)[0] is m.__dict__)
m2 = Many()
m2.n3 = 'three'
m2.other = 'o'
print(vars(m2), type(gc.get_referents(m2)[0]).__name__)
