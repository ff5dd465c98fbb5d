class A: pass
class B(A):
    def __eq__(s, o): print("B.eq"); return NotImplemented
class C:
    def __ne__(s, o): print("C.ne"); return True
class E(Exception): pass
a, a2, b, c = A(), A(), B(), C()
print(a == a, a == a2, a != a2, a != a, a == None, None == a, a != None)
print(a == b, b == a, a != b)
print(c != a, a != c, c == a)
e = E(); print(e == e, e == E(), e != 1)
class M(type): pass
class D(metaclass=M): pass
print(D() == D(), D() != None)
A.__eq__ = lambda s, o: print("patched") or True
print(a == a2, a != a2)
class T: pass
t = T()
print(bool(t), not t)
T.__len__ = lambda s: 0
print(bool(t), not t)
del T.__len__
print(bool(t))
T.__bool__ = lambda s: False
print(bool(t))
class U(T): pass
print(bool(U()))
del T.__bool__
print(bool(U()))
class L(list): pass
print(bool(L()), bool(L([1])))
