# A str subclass's own + and * are used (not str's), `__class__` cannot be assigned
# on a builtin's instance, property()'s argument checks and getter/setter(None), and
# a set subclass met again inside its own repr.
class S(str):
    def __add__(self, other):
        return "ADD"
    def __radd__(self, other):
        return "RADD"
    def __mul__(self, n):
        return "MUL"

print(S("s") + "t", "t" + S("s"), S("a") + S("b"), S("x") * 3, 3 * S("x"))
class Plain(str):
    pass
p = Plain("ab")
print(p + "c", "c" + p, p * 2, 2 * p, type(p + "c").__name__, p + p)
def loop():
    x = "a"
    for i in range(50):
        if i == 25:
            x = S("s")
        x = x + "b"
    return x
print(loop())

class B:
    pass
for obj in (1, "s", [1], None):
    try:
        obj.__class__ = B
    except TypeError as e:
        print('TypeError', e)
try:
    del (1).__class__
except TypeError as e:
    print('TypeError', e)

for args, kw in [((None,) * 5, {}), ((), {'name': 'x'}), ((None,), {'fget': None})]:
    try:
        property(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
p1 = property("a", "b", "c")
print(p1.getter(None).fget, p1.setter(None).fset, p1.deleter(None).fdel, p1.getter(1).fget)

class Hashable:
    def __init__(self, obj):
        self.obj = obj
    def __repr__(self):
        return repr(self.obj)
    def __hash__(self):
        return id(self)
class SS(set):
    pass
r = SS()
r.add(Hashable(r))
print(repr(r), repr(SS()), repr(SS([1])))
plain = set()
plain.add(Hashable(plain))
print(repr(plain))
