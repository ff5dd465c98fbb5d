# Ints and floats are objects: identity, reference counts and the small-int cache.
import sys
import gc

c = int("1000")
d = int("1000")
print(c is d, id(c) == id(d), c == d)
f = 2.5
g = float("2.5")
print(f is g, f == g)
print(sys.getrefcount(c))
l = [c, c, c]
print(sys.getrefcount(c))
del l
print(sys.getrefcount(c))

# The small-int cache: -5..256 are shared, 257 is not.
a = int("256")
b = int("256")
print(a is b)
a = int("257")
b = int("257")
print(a is b)
a = int("-5")
b = int("-5")
print(a is b)
a = int("-6")
b = int("-6")
print(a is b)

# Arithmetic makes new objects.
x = 500
y = x + 1 - 1
print(y == x, y is x)
n = 10 ** 3
m = 10 ** 3
print(n is m)

# Counts of numbers held by containers, attributes and closures.
big = int("123456789")
print(sys.getrefcount(big))
dct = {"k": big, big: "v"}
print(sys.getrefcount(big))


class Holder:
    pass


h = Holder()
h.attr = big
print(sys.getrefcount(big))


def outer():
    captured = big

    def inner():
        return captured
    return inner


fn = outer()
print(sys.getrefcount(big))
del dct, h, fn
print(sys.getrefcount(big))
fl = float("3.25")
fls = [fl] * 4
print(sys.getrefcount(fl))

# The object itself comes back from abs(), +x, int() and .real.
p = int("4242")
print(abs(p) is p, +p is p, int(p) is p, p.real is p)
q = float("1.5")
print(+q is q, q.real is q)

# NaN: the same object is equal to itself in containers, a new one is not.
nan = float("nan")
print(nan == nan, nan in [nan], float("nan") in [nan])

# id() is unique among live objects.
live = [float(i) for i in range(1000)]
print(len(set(id(v) for v in live)))
del live
again = [int(str(i + 1000)) for i in range(500)]
print(len(set(id(v) for v in again)))

# Numbers are not weakly referenceable, as in CPython.
import weakref
try:
    weakref.ref(1000)
except TypeError as e:
    print(e)
print(sys.getsizeof(1000), sys.getsizeof(2 ** 40), sys.getsizeof(0.5))
print(gc.get_referents([1000, "x"]) == ["x", 1000])
