# zip hands out one result tuple again, refilled, while nothing else holds it
# (CPython's zip_next): refcounts, ids, finalizer timing and gc counts show it.
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


# gc counts: creating a zip, stepping it with and without unpacking. (CPython's
# zip also makes a tuple of its iterators, counted when the free list of tuples of
# that size is empty: mempy does not model it, so these come first, while the
# start-up free list of 2-tuples is not empty.)
def counts():
    gc.get_count()
    base = gc.get_count()[0]
    z = zip([1, 2, 3], [4, 5, 6])
    made = gc.get_count()[0] - base
    steps = []
    for p, q in z:
        steps.append(gc.get_count()[0] - base)
    z = zip([1, 2, 3], [4, 5, 6])
    held = []
    for t in z:
        held.append(gc.get_count()[0] - base)
    wide = zip(*[[i] * 3 for i in range(30)])
    base = gc.get_count()[0]
    cols = [list(c) for c in wide]
    print("counts", made, steps, held, gc.get_count()[0] - base, len(cols))


counts()
counts()

# The tuple the loop unpacks stays in the zip, holding the items until the next step.
a = [object(), object()]
for x, y in zip(a, a):
    print("refcount of item", sys.getrefcount(x))
for i, (x, y) in enumerate(zip(a, a)):
    print("nested refcount", sys.getrefcount(x))

# `for t in zip(...)`: the loop variable holds the previous tuple during the next
# step, so a new tuple and the zip's own one alternate.
z = zip([1, 2, 3, 4], "abcd")
ids = []
for t in z:
    ids.append(id(t))
    print(t, sys.getrefcount(t))
print("alternating ids", ids[0] == ids[2], ids[1] == ids[3], ids[0] != ids[1])
del t

# The result tuple is one of the zip's referents and is reused only while alone.
z = zip([1, 2], [3, 4])
t = next(z)
print("in referents", any(r is t for r in gc.get_referents(z)))
u = next(z)
print("held tuple not reused", t is not u, t, u)
del t, u

# Finalizer timing: the last items die with the zip or at the next step.
print("-- objects")
for x, y in zip(objs(3), objs(3)):
    print("got", x.n, y.n, sys.getrefcount(x))
    x = y = None
    print("cleared")
print("-- after loop")
z = zip(objs(3), [10])
print(next(z)[1])
print("second step")
print(next(z, "end"))
print("drop zip")
del z
print("-- list over zip")
pairs = list(zip(objs(2), "xy"))
print(len(pairs), len({id(p) for p in pairs}))
del pairs

# A collection untracks a tuple of atoms; refilling it tracks it again.
z = zip([1, 2, 3], [4, 5, 6])
t = next(z)
del t
gc.collect()
t = next(z)
print("tracked after refill", gc.is_tracked(t), t)
del t, z

# strict: the lengths are checked when one runs out, after the reused tuple took
# what came before.
print("-- strict")
for args in (([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5])):
    try:
        for p in zip(*args, strict=True):
            print(p)
    except ValueError as e:
        print("ValueError:", e)
z = zip(objs(3), [1], strict=True)
print(next(z)[1])
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
del z
print("zip() empty", list(zip()), list(zip([], [1])))


# Exceptions inside a zipped generator, and PEP 479.
def boom():
    yield 1
    raise KeyError("inside")


def stops():
    yield 1
    raise StopIteration("no")


for g in (boom, stops):
    try:
        for p, q in zip(g(), [1, 2, 3]):
            print("pair", p, q)
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)


# An iterator whose __next__ raises StopIteration ends the zip quietly.
class Three:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print([p for p in zip(Three(), "abcdef")])


# A list subclass and a tuple mixed with a str: the general path.
class L(list):
    pass


print(sum(a * b for a, b in zip(L([1, 2, 3]), (4, 5, 6))), [a + b for a, b in zip("ab", "cd")])
print("done")

# Ranges and strs zipped with lists (the native step), each running out first.
print([(i, ch) for i, ch in zip(range(3), "héllo")], [p for p in zip(range(5, 0, -2), "ab\udc80x")])
print([(a, b) for a, b in zip("ab", range(10))], [(a, b) for a, b in zip(range(2**62, 2**62 + 2), [0] * 5)])
print(list(zip(range(0), "x")), list(zip("", range(3))), list(zip("日本", "語", [1, 2])))
z = zip(range(3), "abc")
for i, ch in z:
    print(i, ch, sys.getrefcount(ch) > 1)
print(list(z), next(z, "spent"))

# One iterator zipped more than once: each step takes from it in turn, and a step
# that runs out part-way leaves what it took in the reused tuple.
it = iter([1, 2, 3])
for a, b in zip(it, it):
    print(a, b)
print(list(it))
it = iter("abcde")
print([p for p in zip(it, range(9), it)], list(it))
r = iter(range(5))
print([x for x in zip(r, r)], list(r))
objs = [C(20), C(21), C(22)]
it = iter(objs)
z = zip(it, it)
for p, q in z:
    print(p.n, q.n)
del objs, p, q
print("objects dropped, zip kept")
del z
print("zip dropped")
