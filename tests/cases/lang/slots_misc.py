# __slots__ with the rest of the object model: copy, gc, __class__ assignment,
# private names, vars/dir, builtin subclasses, generic getattr paths.
import copy, gc, sys

class T:
    __slots__ = ('p', 'q')
class U(T):
    __slots__ = ('r',)
class V(T):
    pass
t = T(); t.p = [1]; t.q = "s"
print(gc.get_referents(t))
u = U(); u.p = 1; u.q = 2; u.r = 3
print(gc.get_referents(u))
v = V(); v.p = 1; v.q = 2; v.z = 9
print(gc.get_referents(v))
half = T(); half.q = 5
print(gc.get_referents(half))
class Plain:
    pass
pl = Plain(); pl.k = [2]; pl.j = "x"
print(gc.get_referents(pl))
print(gc.is_tracked(t), gc.is_tracked(T.p))

c = copy.copy(u); print(c.p, c.q, c.r, type(c).__name__)
c = copy.copy(v); print(c.p, c.q, c.z, c.__dict__)
c = copy.deepcopy(t); print(c.p, c.q, c.p is t.p, c.p == t.p)
c = copy.copy(half); print(hasattr(c, "p"), c.q)

class Priv:
    __slots__ = ('__hidden', 'shown')
    def __init__(self):
        self.__hidden = 1
        self.shown = 2
    def get(self):
        return self.__hidden
pr = Priv()
print(pr.get(), pr._Priv__hidden, sorted(k for k in Priv.__dict__ if 'hidden' in k))
print(copy.copy(pr).get())
try:
    pr.__hidden
except AttributeError as e:
    print(e)

try:
    print(vars(t))
except TypeError as e:
    print(e)
print(vars(v))
print('p' in dir(t), 'q' in dir(u), 'r' in dir(u), '__slots__' in dir(t))
print(T.__slots__, U.__slots__)
try:
    t.__dict__ = {}
except AttributeError as e:
    print(e)
try:
    print(t.zz)
except AttributeError as e:
    print(e)

# __class__ assignment needs the same slots.
class T2:
    __slots__ = ('p', 'q')
class T3:
    __slots__ = ('p', 'x')
t.__class__ = T2
print(type(t).__name__, t.p, t.q)
for target in (T3, V, Plain):
    try:
        t.__class__ = target
    except TypeError as e:
        print(e)
class Plain2:
    pass
pl.__class__ = Plain2
print(type(pl).__name__, pl.k)
try:
    pl.__class__ = V
except TypeError as e:
    print(e)

# Builtin subclasses with slots.
class L(list):
    __slots__ = ('tag',)
l = L([1, 2])
l.tag = "t"
print(l, l.tag, len(l))
try:
    l.other = 1
except AttributeError as e:
    print(e)
class S(str):
    __slots__ = ()
try:
    S("x").y = 1
except AttributeError as e:
    print(e)
class Ex(Exception):
    __slots__ = ('code',)
ex = Ex("boom")
ex.code = 3
ex.note = "dict too"
print(ex.args, ex.code, ex.note, ex.__dict__)

# Many instances, with and without __init__ stores through the attribute cache.
class Vec:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
vs = [Vec(i, i + 1, i + 2) for i in range(100)]
print(sum(a.dot(b) for a, b in zip(vs, vs[1:])))
print(sys.getsizeof(vs[0]))
