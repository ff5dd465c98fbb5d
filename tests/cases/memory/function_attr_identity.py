# f.__code__, f.__defaults__ and f.__closure__ are objects the function owns:
# the same object on every access, counted like any other reference.
import gc
import sys


def g(a=1000, b=2000):
    return a + b


print(g.__code__ is g.__code__, g.__defaults__ is g.__defaults__)
print(sys.getrefcount(g.__code__), sys.getrefcount(g.__defaults__))
print(sys.getrefcount(g.__defaults__[0]))


def outer():
    x = [1]
    y = {}

    def inner():
        return x, y

    return inner


k = outer()
print(k.__closure__ is k.__closure__, len(k.__closure__))
print(sys.getrefcount(k.__closure__))
print([type(r).__name__ for r in gc.get_referents(k) if type(r) is not dict])

# Defaults that are not all constants are a tuple built at definition time.
n = 5000
def h(a=n, b=[]):
    return a
print(h.__defaults__ is h.__defaults__, sys.getrefcount(h.__defaults__))

# Setting and deleting, with CPython's checks.
h.__defaults__ = (1, 2)
print(h(), h.__defaults__)
h.__defaults__ = ()
print(h.__defaults__)
del h.__defaults__
print(h.__defaults__)
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)


def two():
    return 2


h.__code__ = two.__code__
print(h(), h.__name__, h.__code__ is two.__code__)
for bad in (5, None):
    try:
        h.__code__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    h.__code__ = k.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    del h.__code__
except TypeError as e:
    print("TypeError:", e)
for name in ("__closure__", "__globals__"):
    try:
        setattr(h, name, None)
    except AttributeError as e:
        print("AttributeError:", e)

# Function attributes live in __dict__; deleting one that is absent fails.
h.tag = "t"
print(h.__dict__)
del h.tag
print(h.__dict__)
try:
    del h.tag
except AttributeError as e:
    print("AttributeError:", e)
try:
    h.__dict__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    del h.__dict__
except TypeError as e:
    print("TypeError:", e)
h.__dict__ = {"z": 1}
print(h.z)
try:
    h.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
del h.__doc__
print(h.__doc__)
del h.__module__
print(h.__module__)
