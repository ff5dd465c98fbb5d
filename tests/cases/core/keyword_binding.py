# Keyword arguments bound in place (the common case) and every case the general
# binder must still handle and report as CPython does.
import sys


def f(a, b=2, c=3):
    return (a, b, c)


print(f(1, b=5), f(1, c=6), f(a=7), f(c=9, a=8), f(1, 2, c=0), f(b=1, a=2, c=3))
for bad in ("f(1, a=2)", "f(b=1)", "f(1, d=2)", "f(1, b=2, b=3)", "f()", "f(1, 2, 3, c=4)"):
    try:
        eval(bad)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)


def g(x, /, y, *, z=1):
    return x, y, z


print(g(1, y=2), g(1, 2, z=3))
try:
    g(x=1, y=2)
except TypeError as e:
    print(e)


def h(a, *args, k=0, **kw):
    return a, args, k, kw


print(h(1, 2, k=3, q=4), h(a=1, q=2))


def outer():
    v = [1]

    def inner(a, b=None):
        return v, a, b

    return inner


inner = outer()
print(inner(1, b=2), inner(b=3, a=4))
big = object()
before = sys.getrefcount(big)
for _ in range(100):
    f(1, c=big)
    f(big, b=1)
print(sys.getrefcount(big) - before)


class P:
    def __init__(self, x, y=0, label="p"):
        self.x, self.y, self.label = x, y, label

    def moved(self, dx=0, dy=0):
        return P(self.x + dx, self.y + dy, label=self.label)


p = P(1, label="start").moved(dy=2).moved(dx=3)
print(p.x, p.y, p.label)


def capture(a, b=1):
    def show():
        return a + b

    return show


print(capture(10, b=5)(), capture(b=2, a=3)())
