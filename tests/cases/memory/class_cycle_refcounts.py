# A class is in a reference cycle with its own __mro__ (and its __dict__/__weakref__
# descriptors point back at it): its reference count counts those, and a dead class
# waits for the cycle collector, as in CPython.
import gc
import sys
import weakref


class A:
    pass


print("A:", sys.getrefcount(A))  # global, __mro__, 2 descriptors, argument
a = A()
print("with an instance:", sys.getrefcount(A))
del a


class B(A):
    def m(self):
        return __class__


print("A after B:", sys.getrefcount(A))  # + B.__bases__, B.__base__, B.__mro__
print("B:", sys.getrefcount(B))  # global, __mro__, the __class__ cell, argument
print(A.__mro__ is A.__mro__, A.__bases__ is A.__bases__, B.__base__ is A)
print(object.__bases__, object.__base__, int.__mro__ is int.__mro__)

gc.collect()
r = weakref.ref(A, lambda r: print("  A collected"))
del A, B
print("after del: alive?", r() is not None)
print("collected:", gc.collect())
print("after collect: alive?", r() is not None)


def make(i):
    class C:
        x = i

        def f(self):
            pass

    return C


for i in range(3):
    make(i)
print("three dead classes:", gc.collect())


class E(Exception):
    pass


class F(list):
    pass


class G:
    __slots__ = ("a",)


del E, F, G
print("exception, list subclass, slotted:", gc.collect())
