# The attribute caches serve __slots__ slots (loads and stores in loops), and fall
# back to the general path when a slot is empty, the class changes or a hook appears.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
def read_all(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append(str(e))
    return out
objs = [P(i) for i in range(4)]
print(read_all(objs))
del objs[1].x
print(read_all(objs))
for o in objs:
    o.x = -1
print(read_all(objs))
# Two classes sharing one load site, one with a slot and one with a dict attribute.
class Q:
    def __init__(self, x):
        self.x = x
mixed = [P(1), Q(2), P(3), Q(4)]
print(read_all(mixed) * 2)
# A subclass that hides the slot with a property, at the same site.
class Hidden(P):
    __slots__ = ()
    @property
    def x(self):
        return "prop"
h = Hidden.__new__(Hidden)
P.x.__set__(h, 6)
print(read_all([P(5), h, P(7)]), P.x.__get__(h))
# A __getattribute__ or __setattr__ added to the class later is honoured.
def store_all(objs, v):
    for o in objs:
        o.y = v
store_all(objs, 1)
print([o.y for o in objs])
def loud_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)
P.__setattr__ = loud_setattr
store_all(objs[:2], 2)
del P.__setattr__
store_all(objs, 3)
P.__getattribute__ = lambda self, name: "intercepted " + name
print(read_all(objs[:2]))
del P.__getattribute__
print(read_all(objs[:2]))
# __class__ assignment between classes with the same slots.
class P2:
    __slots__ = ("x", "y")
o = objs[0]
o.__class__ = P2
print(read_all([o, objs[1]]), type(o).__name__)
# Deleting through the site, then storing again.
for o in objs:
    del o.y
print([hasattr(o, "y") for o in objs])
store_all(objs, 4)
print([o.y for o in objs])
