# The right operand's reflected method goes first only when its type is a
# subclass of the left's that overrides it (CPython's binary_op1 and
# method_is_overloaded); an inherited __rop__ is tried after the left's __op__.
class B(int):
    def __floordiv__(self, other):
        return "B.__floordiv__"
    def __rfloordiv__(self, other):
        return "B.__rfloordiv__"
print(B(1) // 1, 1 // B(1))

class C(object):
    def __floordiv__(self, other):
        return "C.__floordiv__"
    def __rfloordiv__(self, other):
        return "C.__rfloordiv__"
class D(C):
    def __floordiv__(self, other):
        return "D.__floordiv__"
    def __rfloordiv__(self, other):
        return "D.__rfloordiv__"
class E(C):
    pass
print(C() // 1, 1 // C(), D() // C(), C() // D())
print(E() // 1, 1 // E(), E() // C(), C() // E())

class N:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "N.__radd__"
class M(N):
    pass
print(N() + M(), M() + N())
