# == between objects whose type uses object's identity equality (classes, functions,
# builtins, modules, None), and the cases that must still ask __eq__.
import math, sys
class A: pass
class B(A): pass
def f(): pass
print(A == A, A == B, A != B, B in (A, B), A in (int, str))
print(f == f, f == len, len == len, len != abs, None == None, None != A)
print(math == math, math == sys, ... == ..., ... == None)
l = []
print(l.append == l.append, [].append == [].append)
class Meta(type):
    def __eq__(cls, other):
        print("Meta.__eq__", cls.__name__)
        return True
    __hash__ = type.__hash__
class C(metaclass=Meta): pass
print(C == A, A == C, C in (int, A))
class E:
    def __eq__(self, other):
        print("E.__eq__")
        return "eq"
print(A == E(), E() == A, None == E())
try:
    A.__eq__(A)
except TypeError as e:
    print(e)
print(A.__eq__(A, A), A.__eq__(A, B), A.__ne__(A, B))
