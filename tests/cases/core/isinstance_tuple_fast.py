# isinstance() with a tuple of classes, and misses, answered without a call when
# only MROs decide; everything that can run code or raise takes the full path.
import sys


class A:
    pass


class B(A):
    pass


class C:
    pass


class Meta(type):
    def __instancecheck__(cls, x):
        print("  hook on", cls.__name__, "for", type(x).__name__)
        return True


class H(metaclass=Meta):
    pass


class Claims:
    # An instance claiming another class through __class__.
    @property
    def __class__(self):
        return A


class Noisy:
    @property
    def __class__(self):
        print("  __class__ asked")
        return C


class Looks:
    def __getattribute__(self, name):
        print("  getattribute", name)
        return object.__getattribute__(self, name)


b, c = B(), C()
print(isinstance(b, (C, A)), isinstance(c, (A, B)), isinstance(c, (A, (B, C))))
print(isinstance(3, (str, float)), isinstance(3, (str, int)), isinstance(True, (str, int)))
print(isinstance(b, ()), isinstance([], (tuple, list)), isinstance(None, (type(None),)))
print(isinstance(c, (A, H)), isinstance(b, (A, H)))
print(isinstance(Claims(), A), isinstance(Claims(), (C, A)), isinstance(Claims(), C))
print(isinstance(Looks(), (A, C)), isinstance(Looks(), Looks))
print(isinstance(Noisy(), (A, Noisy)), isinstance(Noisy(), (Noisy, A)), isinstance(Noisy(), (B, C)))
print(isinstance(c, A), isinstance(A, A), isinstance(A, type), isinstance(A, (int, type)))
try:
    isinstance(c, (A, 3))
except TypeError as e:
    print(e)
try:
    isinstance(b, (A, 3))
except TypeError as e:
    print("no error, first item matched:", e)
else:
    print("no error, first item matched")
t = (C, A)
print(sys.getrefcount(t), isinstance(b, t), sys.getrefcount(t), sys.getrefcount(A))


# At the recursion limit, a tuple's walk is one more level and raises.
def deep(n):
    if n == 0:
        try:
            return isinstance(b, (C, A))
        except RecursionError as e:
            return "RecursionError: " + str(e)
    return deep(n - 1)


sys.setrecursionlimit(60)
for n in range(50, 62):
    try:
        r = deep(n)
    except RecursionError:
        r = "too deep"
    print(n, r)
sys.setrecursionlimit(1000)
n = 0
for i in range(1000):
    if isinstance(b, (C, A)) and not isinstance(c, (A, B)):
        n += 1
print(n)
