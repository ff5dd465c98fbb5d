# What a class statement puts in its namespace besides the body's names: the
# __dict__ and __weakref__ getset descriptors (when it adds that storage) and
# __doc__ = None; and what those descriptors do.
import sys
import weakref


class A:
    def __eq__(s, o):
        return True


print(list(vars(A)))


class S:
    __slots__ = ("b", "a", "__dict__")
    x = 1


print(list(vars(S)))


class S2:
    __slots__ = ("b", "__weakref__")


print(list(vars(S2)))


class D:
    "doc"
    y = 2


print(D.__dict__, D.__doc__, A.__doc__)


class M(type):
    pass


print(list(vars(M)))
T = type("T", (), {"z": 1})
print(list(vars(T)))


class E(Exception):
    pass


class L(list):
    pass


print(list(vars(E)), list(vars(L)))

d = vars(A)["__dict__"]
w = vars(A)["__weakref__"]
print(d, w, type(d), type(d).__name__)
print(sys.getsizeof(d), d.__doc__, "/", w.__doc__)
print(d.__name__, d.__qualname__, d.__objclass__)
a = A()
a.x = 1
print(d.__get__(a), d.__get__(None, A) is d)
try:
    d.__get__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    w.__set__(a, 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.__weakref__ = None
except AttributeError as e:
    print("AttributeError:", e)
d.__set__(a, {"q": 1})
print(a.q, a.__dict__, hasattr(a, "x"))
try:
    a.__dict__ = 1
except TypeError as e:
    print("TypeError:", e)
a.__dict__ = {"r": 2}
print(a.r, vars(a))
del a.__dict__
print(a.__dict__)
a.s = 3
print(a.__dict__)
print(w.__get__(a))
r = weakref.ref(a)
print(w.__get__(a) is r, a.__weakref__ is r)
print(type(vars(S)["a"]).__name__, type(vars(S)["__dict__"]).__name__)
