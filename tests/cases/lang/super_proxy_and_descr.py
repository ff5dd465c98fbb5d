# super(type, obj) accepts an object whose __class__ is a subclass of type (a
# proxy), searching that class's MRO (CPython's supercheck); an unbound
# super(type) stored on a class binds to the instance it is read through.
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)

class B(object):
    def f(self):
        return "B.f"
class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"
p = Proxy(C())
print(C.__dict__["f"](p))
s = super(C, p)
print(s.__self_class__ is C, s.__self__ is p, repr(s).split(",")[1])
try:
    super(C, 1)
except TypeError as e:
    print("TypeError", e)

class A(object):
    def meth(self, a):
        return "A(%r)" % a
class E(A):
    def meth(self, a):
        return "E(%r)" % a + self.__super.meth(a)
E._E__super = super(E)
print(E().meth(3))
u = super(E)
print(u.__get__(None, E) is u, u.__get__(E()).meth(4))
print(repr(super(E, E())), repr(super(E, E)))
