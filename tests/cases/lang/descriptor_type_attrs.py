# property, staticmethod and classmethod list their members in their type's
# namespace (fget/fset/fdel, __func__/__wrapped__, __isabstractmethod__), so
# dir() shows them; their objects' sizes and a super object's are CPython's.
import sys
def getx(self): return 1
p = property(getx, doc="the x")
print([a for a in dir(p) if not a.startswith("__") or a == "__isabstractmethod__"])
print(p.fget is getx, p.fset, p.fdel, p.__isabstractmethod__)
print(sorted(k for k in property.__dict__ if k in ("fget", "fset", "fdel", "__isabstractmethod__")))
print(type(property.__dict__["fget"]).__name__, type(property.__dict__["__isabstractmethod__"]).__name__)
try:
    p.fget = None
except AttributeError as e:
    print("AttributeError", e)
sm, cm = staticmethod(getx), classmethod(getx)
print(sm.__func__ is getx, sm.__wrapped__ is getx, cm.__func__ is getx, cm.__wrapped__ is getx)
print(type(staticmethod.__dict__["__func__"]).__name__, "__func__" in dir(cm))
print(sys.getsizeof(p), sys.getsizeof(sm), sys.getsizeof(cm))
class A: pass
print(sys.getsizeof(super(A, A())), sys.getsizeof(super(A)))
