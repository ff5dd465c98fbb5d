# Calls with keyword arguments to Python functions, methods and classes: each
# keyword binds its parameter, defaults fill the rest, and every binding error has
# CPython's message (unexpected, missing, multiple values, positional-only, too many).
import sys


def g(a, b=0, c=10):
    return (a, b, c)


def h(a, /, b, c=3):
    return (a, b, c)


def k(a, *, b, c=2):
    return (a, b, c)


def v(a, *args, b=1, **kw):
    return (a, args, b, sorted(kw.items()))


def closure_maker(base):
    def inner(x, y=1):
        return base + x + y
    return inner


class C:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def m(self, x=0, y=0):
        return (self.x, self.y, x, y)

    @staticmethod
    def s(p, q=5):
        return (p, q)

    @classmethod
    def cm(cls, p, q=6):
        return (cls.__name__, p, q)


out = []
for i in range(3):
    out.append(g(i, b=1))
    out.append(g(i, c=2))
    out.append(g(a=i))
    out.append(g(c=i, a=1, b=2))
    out.append(g(i, 1, c=i))
    out.append(h(i, b=2))
    out.append(h(i, c=4, b=5))
    out.append(k(i, b=3))
    out.append(v(i, 1, 2, b=4, z=5))
    out.append(closure_maker(i)(x=1))
    o = C(x=i)
    out.append(o.m(x=1, y=2))
    out.append(o.m(y=7))
    out.append(C(y=i, x=1).m())
    out.append(C.s(q=1, p=i))
    out.append(o.s(p=i))
    out.append(C.cm(p=i))
print(out)

# A keyword value is the object passed (references move into the parameters).
big = [1, 2, 3]
before = sys.getrefcount(big)


def keep(a, b=None):
    return sys.getrefcount(b) - before


print("refs", keep(1, b=big), sys.getrefcount(big) - before)


def f2(a, b):
    return a, b


calls = [
    lambda: g(1, d=2),
    lambda: g(b=2),
    lambda: g(1, a=2),
    lambda: g(1, 2, 3, b=4),
    lambda: g(1, 2, 3, 4),
    lambda: h(a=1, b=2),
    lambda: h(1),
    lambda: k(1),
    lambda: k(1, 2, b=3),
    lambda: f2(b=1),
    lambda: f2(1, 2, a=3),
    lambda: f2(1, 2, c=3, d=4),
    lambda: C(z=1),
    lambda: C(1, 2, x=3),
    lambda: C().m(1, x=2),
    lambda: C().m(q=2),
    lambda: C.s(q=1),
    lambda: closure_maker(1)(y=2),
    lambda: g(**{"a": 1, "b": 2, "e": 3}),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except TypeError as e:
        print(i, "TypeError:", e)


# Many parameters, keywords in any order.
def wide(p0, p1, p2, p3, p4, p5, p6, p7, p8=8, p9=9):
    return [p0, p1, p2, p3, p4, p5, p6, p7, p8, p9]


print(wide(0, 1, 2, 3, p7=7, p6=6, p5=5, p4=4))
print(wide(p9=90, p0=0, p1=1, p2=2, p3=3, p4=4, p5=5, p6=6, p7=7))
try:
    wide(0, 1, 2, p9=9)
except TypeError as e:
    print(e)


# The uncaught one: the traceback of a bad keyword call.
def caller():
    return g(1, e=2)


caller()
