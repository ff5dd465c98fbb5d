# __slots__ semantics (CPython 3.11): member descriptors, no new attributes without a
# __dict__, slot values outside __dict__, __dict__/vars() errors, deleting a slot.
class P:
    __slots__ = ("x",)
class Q(P):
    __slots__ = "y"
class R(Q):
    pass
class S(P):
    __slots__ = ("__dict__",)
p = P(); q = Q(); r = R(); s = S()
p.x = 1
for o, n in [(p, "y"), (q, "x"), (q, "y"), (q, "z"), (r, "z"), (s, "w")]:
    try:
        setattr(o, n, 5); print("ok", type(o).__name__, n, getattr(o, n))
    except AttributeError as e:
        print(type(e).__name__, e)
try: print(p.__dict__)
except AttributeError as e: print(e)
try: print(vars(p))
except TypeError as e: print(e)
r.x = 3
print(r.__dict__, s.__dict__)
try:
    del p.x; del p.x
except AttributeError as e: print(e)
try: print(q.x)
except AttributeError as e: print(e)
print(P.x, type(P.__dict__['x']).__name__)

# Stores to existing slots and attributes go on working; new names need a dict.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx):
        self.x += dx
        return self
pts = [Point(i, -i) for i in range(5)]
for pt in pts:
    pt.move(10)
print([(pt.x, pt.y) for pt in pts])
try:
    pts[0].z = 1
except AttributeError as e:
    print(e)
try:
    del pts[0].z
except AttributeError as e:
    print(e)
# A class attribute of a slotted class is read-only on its instances.
class K:
    __slots__ = ()
    limit = 3
    def f(self):
        return 1
k = K()
for name in ("limit", "f", "other"):
    try:
        setattr(k, name, 5)
    except AttributeError as e:
        print(e)
print(k.limit, k.f())
# object() has no __dict__ either.
o = object()
try:
    o.a = 1
except AttributeError as e:
    print(e)
try:
    print(o.__dict__)
except AttributeError as e:
    print(e)
# Slot values are not in a subclass's __dict__, and the slot wins over a dict entry.
r2 = R()
r2.x = 1
r2.__dict__["x"] = 99
print(r2.x, r2.__dict__)
r2.__dict__["w"] = 7
print(r2.w, sorted(vars(r2)))
# object.__setattr__ and setattr() follow the same rules.
object.__setattr__(q, "y", 11)
print(q.y)
try:
    object.__setattr__(q, "nope", 1)
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"), hasattr(r, "__dict__"), hasattr(q, "y"))
