# `C.__bases__ = (...)`: layout checks and their messages, the MRO of the class and of
# its subclasses recomputed (all or nothing), method caches dropped, and the weak
# `__subclasses__()` lists and `mro()` that go with it.
import gc


class Old:
    greeting = "old"

    def __add__(self, other):
        return "Old.__add__"

    def __len__(self):
        return 1

    def hello(self):
        return "hello from Old"


class New:
    greeting = "new"

    def __iter__(self):
        return iter("ab")

    def hello(self):
        return "hello from New"


class C(Old):
    pass


class D(C):
    pass


class E(D):
    pass


e = E()
for _ in range(3):  # warm any attribute caches
    print(e.greeting, e.hello(), e + 1, len(e))
C.__bases__ = (New,)
print(C.__bases__, C.__base__.__name__)
print([k.__name__ for k in E.__mro__], [k.__name__ for k in E.mro()])
print(e.greeting, e.hello(), list(e))
for op in (lambda: e + 1, lambda: len(e)):
    try:
        op()
    except TypeError as ex:
        print("TypeError:", ex)
print(isinstance(e, Old), isinstance(e, New), issubclass(D, New))
C.__bases__ = (Old, New)
print([k.__name__ for k in E.__mro__], e + 1, list(e))
t = (New,)
C.__bases__ = t
print(C.__bases__ is t)

print("__subclasses__")


class A:
    pass


class B1(A):
    pass


class B2(A):
    pass


class B3(B1, B2):
    pass


print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in B1.__subclasses__()], B3.__subclasses__())
B1.__bases__ = (New,)
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in New.__subclasses__()])
B1.__bases__ = (A,)
print([k.__name__ for k in A.__subclasses__()])
del B3
gc.collect()
print(B1.__subclasses__(), B2.__subclasses__())
del B2
gc.collect()
print([k.__name__ for k in A.__subclasses__()])
print(type in object.__subclasses__(), bool in int.__subclasses__())
print(int.mro(), bool.mro(), object.mro())

print("all or nothing")


class P:
    pass


class Q(P):
    pass


class Q2(P):
    pass


class R(Q, Q2):
    pass


try:
    Q2.__bases__ = (Q,)
except TypeError as ex:
    print("TypeError:", ex)
print([k.__name__ for k in R.__mro__], Q2.__bases__)
Q.__bases__ = (Q2,)
print([k.__name__ for k in R.__mro__])

print("errors")


class S:
    __slots__ = ("x",)


class S2:
    __slots__ = ("x",)


class S3:
    __slots__ = ("y",)


class SS(S):
    pass


class L(list):
    pass


class Dc(dict):
    pass


class Ex(Exception):
    pass


class I(int):
    pass


class NoSlots:
    __slots__ = ()


class X(A):
    pass


def attempt(cls, bases):
    try:
        cls.__bases__ = bases
        print("ok", [k.__name__ for k in cls.__mro__])
    except TypeError as ex:
        print("TypeError:", ex)


attempt(X, (object,))
attempt(X, 5)
attempt(X, [A])
attempt(X, ())
attempt(X, (5,))
attempt(X, (X,))
attempt(A, (X,))
attempt(SS, (S2,))
attempt(SS, (S3,))
attempt(X, (L,))
attempt(L, (Dc,))
attempt(L, (list,))
attempt(X, (Ex,))
attempt(Ex, (ValueError,))
attempt(Ex, (Exception, A))
attempt(I, (bool,))
attempt(NoSlots, (object,))
attempt(X, (NoSlots,))
attempt(int, (object,))
attempt(X, (int,))
attempt(X, (list, dict))
try:
    del X.__bases__
except TypeError as ex:
    print("TypeError:", ex)
try:
    type.__subclasses__(5)
except TypeError as ex:
    print("TypeError:", ex)
