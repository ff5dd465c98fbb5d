# `obj.__class__` and a function's own dunder attributes, read repeatedly from the same
# instruction (the attribute fast path) and after the things that must change them.
import sys


class A:
    pass


class B(A):
    pass


b = B()


def cls_of(o):
    return o.__class__


print(cls_of(b), cls_of(b))
b.__class__ = A
print(cls_of(b))

# A class that overrides `__class__` (unittest.mock's spec objects do), and a subclass.
class P:
    __class__ = property(lambda self: int)


class Q(P):
    pass


print(cls_of(Q()), cls_of(P()), cls_of(b))


# `__getattribute__` sees every read, `__class__` included.
class G:
    def __getattribute__(self, n):
        return "hooked " + n


print(cls_of(G()), cls_of(G()))


class M(type):
    pass


class K(metaclass=M):
    pass


print(cls_of(K()), cls_of(K), cls_of(type), cls_of(1), cls_of([]), cls_of(cls_of))
print(cls_of(super(A, b)), cls_of(b.__init__), cls_of(sys))

# Setting a class's `__class__` goes through object's setter, not into the class dict.
for target in [property(lambda s: int), int, M, 5]:
    try:
        A.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
print(cls_of(b), "__class__" in A.__dict__)


def g(a=1, *, k=2):
    "doc"
    return a


def reads(f):
    return f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__code__.co_name


for _ in range(3):
    print(reads(g))
g.__name__ = "renamed"
g.__qualname__ = "Outer.renamed"
g.__doc__ = None
g.__defaults__ = (7,)
g.__module__ = "elsewhere"
print(reads(g), g())
print(g.__name__ is g.__name__, reads(lambda: 0))
del g.__defaults__
print(reads(g))
print(sys.getrefcount(g.__qualname__))
