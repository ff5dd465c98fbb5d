# enumerate hands out one result tuple again, refilled, while nothing else holds it
# (CPython's enum_next): the pair stays in it until the next step.
import gc
import sys


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def objs(n):
    for i in range(n):
        yield C(i)


a = [object(), object()]
for i, x in enumerate(a):
    print("refcount of item", sys.getrefcount(x))
for i, x in enumerate(tuple(a)):
    print("refcount of tuple item", sys.getrefcount(x))
for i, x in enumerate(iter(a)):
    print("refcount via iter", sys.getrefcount(x))

print("-- generator")
for i, x in enumerate(objs(3)):
    print("got", i, x.n, sys.getrefcount(x))
    x = None
    print("cleared")
print("-- list of objects")
objects = [C(10), C(11)]
for i, x in enumerate(objects):
    print("got", i, x.n)
del objects, x
print("list gone")
e = enumerate(objs(2))
print(next(e)[0])
print("second step")
print(next(e)[0])
print("drop enumerate")
del e

# Without unpacking the loop variable holds the previous tuple: a new one and the
# enumerate's own alternate.
ids = []
for t in enumerate("abcd"):
    ids.append(id(t))
    print(t, sys.getrefcount(t))
print("alternating ids", ids[0] == ids[2], ids[1] == ids[3], ids[0] != ids[1])
del t

e = enumerate("xy")
t = next(e)
print("in referents", any(r is t for r in gc.get_referents(e)))
u = next(e)
print("held tuple not reused", t is not u, t, u)
del t, u, e

# A collection untracks a tuple of atoms; refilling it tracks it again.
e = enumerate([1, 2, 3])
t = next(e)
del t
gc.collect()
t = next(e)
print("tracked after refill", gc.is_tracked(t), t)
del t, e


def counts():
    gc.get_count()
    base = gc.get_count()[0]
    steps = []
    for i, x in enumerate([1, 2, 3]):
        steps.append(gc.get_count()[0] - base)
    held = []
    for t in enumerate("abc"):
        held.append(gc.get_count()[0] - base)
    gen = []
    for i, x in enumerate(y for y in "abc"):
        gen.append(gc.get_count()[0] - base)
    print("counts", steps, held, gen)


counts()
counts()

# Big counts: past i64 the index is a big int, in the same reused tuple.
e = enumerate("ab", sys.maxsize - 1)
for i, x in e:
    print(i, x)
for i, x in enumerate("ab", 2**64):
    print(i, x)
print(list(enumerate("ab", -1)))


def boom():
    yield 1
    raise KeyError("inside")


def stops():
    yield 1
    raise StopIteration("no")


for g in (boom, stops):
    try:
        for i, x in enumerate(g()):
            print("pair", i, x)
    except Exception as exc:
        print(type(exc).__name__, exc, type(exc.__cause__).__name__)
print("done")
