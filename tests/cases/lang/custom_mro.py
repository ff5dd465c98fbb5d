# A metaclass overriding mro() decides the class's __mro__ and so its attribute
# lookups (CPython's mro_internal); type.mro() still computes C3 afresh.
class A:
    def f(self): return "A"
class B(A):
    pass
class C(A):
    def f(self): return "C"
class D(B, C):
    pass
print(D.mro() == list(D.__mro__), D().f())

class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class X(D, B, C, A, metaclass=PerverseMetaType):
    pass
print([k.__name__ for k in X.__mro__])
print(X().f(), [k.__name__ for k in X.mro()])

class Skip(type):
    def mro(cls):
        return (cls, A, object)
class Y(C, metaclass=Skip):
    pass
print([k.__name__ for k in Y.__mro__], Y().f(), issubclass(Y, A))
