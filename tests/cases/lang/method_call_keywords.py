# Method calls with keyword arguments (obj.meth(x, k=v)): every kind of receiver and
# callee, the binding errors, the references held, and a raising argument's carets.
import sys, math


class A:
    def kw(self, a, b=2, *, c=3):
        return (a, b, c)

    @classmethod
    def cm(cls, x, y=0):
        return (cls.__name__, x, y)

    @staticmethod
    def sm(x, y=0):
        return (x, y)

    def __repr__(self):
        return "A()"


class B(A):
    def kw(self, a, b=2, *, c=3):
        return ("B",) + super().kw(a, b=b, c=c)


class G:
    def __getattr__(self, name):
        return lambda **k: (name, sorted(k.items()))


a = A()
print(a.kw(1, c=4), a.kw(a=1, b=5), a.kw(1, 2, c=3))
print(A.cm(1, y=2), a.cm(x=3), A.sm(1, y=2), a.sm(y=1, x=0))
print(B().kw(7, c=9))
print(G().anything(x=1, y=2))
a.f = lambda **k: k
print(a.f(z=1))
print(math.isclose(1.0, 1.0 + 1e-12, rel_tol=1e-9))
l = [3, 1, 2]
l.sort(key=lambda v: -v, reverse=True)
print(l, "a b c".split(sep=" ", maxsplit=1), "x".encode(encoding="ascii"))
print(sorted([2, 1], key=None), dict.fromkeys("ab", 0))
for call in (
    lambda: a.kw(1, d=4),
    lambda: a.kw(1, a=2),
    lambda: a.kw(b=2),
    lambda: {}.get(1, default=2),
    lambda: a.missing(x=1),
    lambda: A.kw(c=1),
):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# References: the receiver and the arguments are not kept by the call.
o = object()
before = sys.getrefcount(a), sys.getrefcount(o)
for _ in range(3):
    a.kw(o, c=o)
print(sys.getrefcount(a) - before[0], sys.getrefcount(o) - before[1])
a.kw(1, c=1 / 0)
