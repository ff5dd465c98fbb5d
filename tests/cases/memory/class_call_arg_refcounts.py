# sys.getrefcount of an argument inside __init__/__new__ of a class call: CPython's
# type_call holds it in the packed args tuple (kwargs dict) and the caller's stack too;
# with keywords _PyStack_UnpackDict adds a copy of each argument and of self/cls.
import sys, gc
class F:
    def __init__(self, t): self.t = t
    def __del__(self): print('del', self.t)
class C:
    def __init__(self, a, b=0, *, k=None):
        print('C.init', sys.getrefcount(a), sys.getrefcount(self), k is None or sys.getrefcount(k))
        del a
        print('after del a')
class N:
    def __new__(cls, a, k=None):
        print('N.new', sys.getrefcount(a), k is None or sys.getrefcount(k))
        return object.__new__(cls)
    def __init__(self, a, k=None):
        print('N.init', sys.getrefcount(a), sys.getrefcount(self), k is None or sys.getrefcount(k))
class R:
    def __init__(self, a):
        raise ValueError(sys.getrefcount(a))
x = object()
C(x)
C(x, 1)
C(x, k=x)
C(a=x)
N(x)
N(x, k=x)
N(x, x)
C(F('temp'))
print('--')
c = C(F('temp2'), k=F('kw'))
print('--')
try:
    R(F('r'))
except ValueError as e:
    print('caught', e)
print('--')
class P(list):
    def __init__(self, a):
        print('P.init', sys.getrefcount(a))
        super().__init__([a])
P(x)
class Slot:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
        print('Slot', sys.getrefcount(v))
Slot(x)
def g():
    y = object()
    C(y)
    return sys.getrefcount(y)
print(g())
l = [C(x) for i in range(2)]
print(sys.getrefcount(x))
