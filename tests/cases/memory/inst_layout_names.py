# Attribute names are held once by the class's keys (CPython's shared keys object),
# not once per instance: sys.getrefcount of a name stays put however many instances
# store it, and deleting the attributes does not release it.
import sys

class K:
    pass

first = K()
first.attr_name = 0
before = sys.getrefcount('attr_name')
objs = [K() for _ in range(50)]
for o in objs:
    o.attr_name = 1
print(sys.getrefcount('attr_name') - before)
for o in objs:
    del o.attr_name
print(sys.getrefcount('attr_name') - before, vars(objs[0]))
del objs
print(sys.getrefcount('attr_name') - before)
objs = [K() for _ in range(20)]
for o in objs:
    setattr(o, 'other_' + 'name', 2)
print(vars(objs[5]), list(vars(objs[5]))[0] is list(vars(objs[7]))[0])
