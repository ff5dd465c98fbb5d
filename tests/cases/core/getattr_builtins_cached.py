# getattr / hasattr / setattr called in loops on instances, classes and modules, while
# what they read changes underneath: instance attributes added and deleted, class
# attributes and properties defined later, __getattr__/__getattribute__/__setattr__
# hooks, __slots__, names built at run time, many names in turn.
import math
import sys


class P:
    k = "class-k"

    def __init__(self):
        self.a = 1
        self.b = [2]


class Slotted:
    __slots__ = ("x", "y")


class Hooked:
    def __getattr__(self, name):
        return "hook:" + name


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


class Counting:
    def __init__(self):
        self.n = 0

    def __getattribute__(self, name):
        if name == "seen":
            return "intercepted"
        return object.__getattribute__(self, name)


o = P()
rows = []
for i in range(4):
    rows.append((getattr(o, "a"), getattr(o, "b"), getattr(o, "k"), getattr(o, "zz", "dflt"),
                 hasattr(o, "a"), hasattr(o, "zz"), getattr(P, "k"), getattr(math, "pi") > 3))
    setattr(o, "a", i * 10)
    if i == 1:
        del o.b
        o.b = "again"
    if i == 2:
        P.zz = "now on class"
print(rows)

# A property defined on the class after the cache saw a plain attribute.
q = P()
print([getattr(q, "a") for _ in range(2)])
P.a = property(lambda self: "prop-a")
print([getattr(q, "a") for _ in range(2)], hasattr(q, "a"))
try:
    setattr(q, "a", 5)
except AttributeError as e:
    print("AttributeError", e)
del P.a
print(getattr(q, "a"), q.__dict__)

# Slots, hooks and overrides.
s = Slotted()
for i in range(3):
    setattr(s, "x", i)
    print(getattr(s, "x"), hasattr(s, "y"), getattr(s, "y", None))
s.y = "y"
print(getattr(s, "y"))
try:
    setattr(s, "z", 1)
except AttributeError as e:
    print("AttributeError", e)

h = Hooked()
h.real = 1
print([getattr(h, "real"), getattr(h, "virt"), hasattr(h, "virt"), getattr(h, "virt", 0)])

lg = Logged()
for i in range(2):
    setattr(lg, "v", i)
print(getattr(lg, "v"))

c = Counting()
for i in range(2):
    setattr(c, "n", i)
    print(getattr(c, "n"), getattr(c, "seen"), hasattr(c, "seen"), getattr(c, "other", "d"))

# Names made at run time (not the literal's str object) and many names in turn.
name = "".join(["a"])
print(getattr(o, name), hasattr(o, name + "x"))
many = P()
for j in range(80):
    setattr(many, "attr%d" % j, j)
print(sum(getattr(many, "attr%d" % j) for j in range(80)), len(vars(many)))
for j in range(0, 80, 7):
    print(j, getattr(many, "attr%d" % j), hasattr(many, "attr%d" % (j + 100)))

# Instances of different classes through the same name.
class A:
    def __init__(self):
        self.v = "A"


class B:
    v = "B-class"


class D(A):
    pass


for obj in (A(), B(), D(), A(), B(), D(), 5, "s", [1]):
    print(type(obj).__name__, getattr(obj, "v", "-"), hasattr(obj, "v"))

# Errors keep CPython's messages.
for args in ((o, 1), (o, "missing"), (5, "nope")):
    try:
        getattr(*args)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    setattr(o, 3, 1)
except TypeError as e:
    print("TypeError", e)
try:
    hasattr(o, None)
except TypeError as e:
    print("TypeError", e)

# Reference counts of what getattr returns.
val = object()
o.val = val
before = sys.getrefcount(val)
got = [getattr(o, "val") for _ in range(3)]
print(sys.getrefcount(val) - before)
del got
print(sys.getrefcount(val) - before)
for i in range(3):
    setattr(o, "val", val)
print(sys.getrefcount(val) - before)

getattr(o, "not_there")
