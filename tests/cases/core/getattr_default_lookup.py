class A:
    x = 1
    @property
    def p(self): raise AttributeError("inner")
    @property
    def q(self): raise ValueError("v")
class B(A):
    def __getattr__(self, n):
        if n == "dyn": return 42
        raise AttributeError(n)
class M(type):
    def __getattr__(cls, n):
        if n == "meta": return "m"
        raise AttributeError(n)
class C(metaclass=M): pass
a, b = A(), B()
print(getattr(a, "x", 0), getattr(a, "y", 0), getattr(a, "p", "dflt"), hasattr(a, "p"), hasattr(a, "y"))
try: getattr(a, "q", 0)
except ValueError as e: print("VE", e)
print(getattr(b, "dyn", 0), getattr(b, "nope", 0), hasattr(b, "dyn"))
print(getattr(A, "x", 0), getattr(A, "zz", 5), getattr(C, "meta", 0), getattr(C, "other", 1), hasattr(C, "meta"))
print(type(getattr(A, "p", 0)).__name__, hasattr(A, "__dict__"))
import sys
class D:
    def __getattribute__(self, n):
        if n == "k": return 1
        raise AttributeError(n)
print(getattr(D(), "k", 0), getattr(D(), "j", 0))
try:
    getattr(a, "y")
except AttributeError as e:
    print(e, e.name, e.obj is a)
import math
print(getattr(math, "pi", 0), getattr(math, "tau2", 0))
