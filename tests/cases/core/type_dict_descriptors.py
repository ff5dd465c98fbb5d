# type.__dict__ holds CPython's getset and member descriptors (type_getsets,
# type_members) next to its methods, and each works through __get__ on any class.
import abc
import sys

print(sorted(type.__dict__))
print(sorted(object.__dict__))
for k in sorted(type.__dict__):
    print(k, type(type.__dict__[k]).__name__)
print(type(type.__dict__["__mro__"]), type(type.__dict__["__dict__"]))
print(type.__dict__["__mro__"], type.__dict__["__dict__"])
print(type.__dict__["__dict__"].__objclass__ is type)
print(type(type(type.__dict__["__dict__"]).__objclass__).__name__)
for t in (type(type.__dict__["__dict__"]), type(type.__dict__["__mro__"])):
    print(t.__name__, [(k, type(t.__dict__[k]).__name__)
                       for k in ("__objclass__", "__name__", "__qualname__", "__doc__")])


class C:
    pass


class S:
    __slots__ = ("a", "b")


class SW:
    __slots__ = ("a", "__weakref__")


class SD:
    __slots__ = ("a", "__dict__")


class I(int):
    pass


class T(tuple):
    pass


class E(Exception):
    pass


class L(list):
    pass


class L2(L):
    x = 1


class M(type):
    pass


class D(metaclass=M):
    pass


for k in (C, S, SW, SD, I, T, E, L, L2, M, object, int, type, list, dict, str,
          tuple, Exception, OSError, set, bytes, float, staticmethod, property):
    print(k.__name__, k.__basicsize__, k.__itemsize__, k.__dictoffset__,
          k.__weakrefoffset__, k.__base__ and k.__base__.__name__)
print(type.__text_signature__, C.__text_signature__, list.__text_signature__)
print(repr(object.__text_signature__), repr(range.__text_signature__))

g = type.__dict__
print(g["__name__"].__get__(int), g["__qualname__"].__get__(L2), g["__mro__"].__get__(int))
print(g["__module__"].__get__(C), g["__module__"].__get__(int), g["__bases__"].__get__(L2))
print(g["__base__"].__get__(object), g["__dict__"].__get__(C)["__module__"])
print(g["__basicsize__"].__get__(SW), g["__flags__"].__get__(C) == C.__flags__)
print(type.__module__, C.__module__, M.__module__, M.__mro__)
for name in ("__abstractmethods__", "__annotations__"):
    for cls in (type, int, C):
        try:
            print(name, cls.__name__, getattr(cls, name))
        except AttributeError as e:
            print(name, cls.__name__, repr(e))
print(hasattr(type, "__abstractmethods__"), hasattr(C, "__abstractmethods__"))


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


print(A.__abstractmethods__, g["__abstractmethods__"].__get__(A), A.__flags__ & (1 << 20))
for n in ("__basicsize__", "__text_signature__", "__mro__", "__dict__", "__base__"):
    try:
        setattr(C, n, 1)
    except (AttributeError, TypeError) as e:
        print(n, type(e).__name__, e)
try:
    g["__name__"].__get__(1)
except TypeError as e:
    print(e)

# The methods type defines over object's.
print(type.__sizeof__(C) + 16 == sys.getsizeof(C), type.__sizeof__(M) + 16 == sys.getsizeof(M))
print(isinstance(D(), D), isinstance(1, D), type.__instancecheck__(int, 3),
      type.__subclasscheck__(int, bool))


class M2(type):
    def __instancecheck__(cls, x):
        return super().__instancecheck__(x) or x == 42


class F(metaclass=M2):
    pass


print(isinstance(42, F), isinstance(F(), F), isinstance(1, F))
print(type.__getattribute__(C, "__name__"), type.__getattribute__(D, "__mro__"))
print(sorted(type.__dir__(C)) == sorted(dir(C)))
print(sorted(dir(type)) == sorted(type.__dict__.keys() | object.__dict__.keys()))
for f, a in ((type.__sizeof__, (1,)), (type.__instancecheck__, (int,)),
             (type.__getattribute__, (1, "x")), (type.__dir__, ())):
    try:
        f(*a)
    except TypeError as e:
        print(e)
