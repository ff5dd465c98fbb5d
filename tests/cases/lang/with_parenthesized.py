# Checks: parenthesised with-items (with (a as b, c):, trailing comma, multi-line), and that (a, b) as c, (f)(x) as y, (lambda ...)() and (x := ...) stay parenthesised expressions.
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n); return False
    def __iter__(self): return iter([self.n])
with (CM(1) as a, CM(2) as b,):
    print(a, b)
with (CM(3), CM(4)):
    print("body")
with (CM(5) as c):
    print(c)
with (CM(6)):
    pass
with (
    CM(7) as d,
    CM(8),
):
    print(d)
class T(tuple):
    def __enter__(self): print("tuple enter", self); return "T"
    def __exit__(self, *a): pass
def mk(*a): return T(a)
with (mk)(1, 2) as z:
    print(z)
with (CM(9)) as q, (CM(10)) as r:
    print(q, r)
with (lambda: CM(11))() as w:
    print(w)
with (CM(12) if True else None) as v:
    print(v)
try:
    with (CM(13), CM(14)) as t:
        pass
except Exception as e:
    print(type(e).__name__, e)
with (x := CM(15)):
    print(x.n)
