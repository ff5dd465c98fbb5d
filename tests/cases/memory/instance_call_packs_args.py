# Calling an instance goes through its type's tp_call: CPython packs the
# positional arguments into a tuple and the keywords into a dict for the call
# (gc.get_count() sees them; an argument's reference count inside __call__
# includes the tuple's reference), and with keywords unpacks them again.
import gc
import sys


class Star:
    def __call__(self, *a, **k):
        return sys.getrefcount(a[0]) if a else None


class One:
    def __call__(self, x):
        return sys.getrefcount(x)


star = Star()
one = One()


def counts():
    o = object()
    gc.collect()
    c0 = gc.get_count()[0]
    star()
    c1 = gc.get_count()[0]
    star(1)
    c2 = gc.get_count()[0]
    star(1, 2)
    c3 = gc.get_count()[0]
    star(x=1)
    c4 = gc.get_count()[0]
    one(o)
    c5 = gc.get_count()[0]
    return c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4


def refcounts():
    o = object()
    return one(o), one(x=o), star(o), star(o, k=1)


print(counts())
print(counts())
print(refcounts())
