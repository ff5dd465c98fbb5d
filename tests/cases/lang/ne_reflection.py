# != and == reflection order
class A:
    def __eq__(self, o): print("A.eq"); return NotImplemented
    def __ne__(self, o): print("A.ne"); return NotImplemented
class B:
    def __eq__(self, o): print("B.eq"); return NotImplemented
    def __ne__(self, o): print("B.ne"); return "B-ne"
print(A() != B())
print(A() == B())
class C(B):
    def __ne__(self, o): print("C.ne"); return "C-ne"
print(B() != C())
class D:
    def __eq__(self, o): print("D.eq"); return True
print(D() != D(), A() != A())
class E:
    pass
e = E()
print(e != e, E() != E(), e != 1, 1 != e)
class F:
    def __ne__(self, o): print("F.ne"); return NotImplemented
    def __eq__(self, o): print("F.eq"); return False
print(F() != 1, 1 != F())
