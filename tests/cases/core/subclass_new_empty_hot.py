# `C()` with no arguments for subclasses of list, dict and set in a loop (the call
# instruction's fast path): the instance and its empty builtin part, the class's
# count, and the classes that must take the general path (own __new__ or
# __init__, a metaclass __call__, arguments).
import sys

class OC(list):
    pass

class D(dict):
    pass

class S(set):
    pass

class Meta(type):
    def __call__(cls, *a):
        print("  Meta.__call__", cls.__name__, a)
        return super().__call__(*a)

class ML(list, metaclass=Meta):
    pass

class OwnInit(list):
    def __init__(self, *a):
        print("  OwnInit.__init__", a)
        super().__init__(*a)

class OwnNew(dict):
    def __new__(cls, *a):
        print("  OwnNew.__new__")
        return super().__new__(cls)

class Del(list):
    def __del__(self):
        print("  Del dies")

def make(cls, n):
    out = []
    for _ in range(n):
        out.append(cls())
    return out

for cls in (OC, D, S):
    before = sys.getrefcount(cls)
    xs = make(cls, 5)
    print(cls.__name__, [type(x).__name__ for x in xs], xs[0], sys.getrefcount(cls) - before,
          sys.getsizeof(xs[0]) == sys.getsizeof(cls.__mro__[1]()))
    del xs
    print("  after del", sys.getrefcount(cls) - before)

print(make(ML, 2), make(OwnInit, 1), make(OwnNew, 1))

def temp():
    for _ in range(2):
        Del()
        print("  after call")

temp()
try:
    OC(1, 2)
except TypeError as e:
    print("TypeError", e)
print(OC([1, 2]), D(a=1), S("ab") == {"a", "b"})
