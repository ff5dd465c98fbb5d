# dict(gen) takes the generator's pairs as they are yielded (CPython's
# PyDict_MergeFromSeq2): finalizers, gc counts, errors and odd pairs are CPython's.
import gc
import sys


# gc counts: the pairs die one by one (their tuples go back to the free list).
# First, before the script's other work moves the count near a collection.
def counts():
    gc.get_count()
    b = gc.get_count()[0]
    d = dict((i, i) for i in range(2000))
    mid = gc.get_count()[0] - b
    e = dict((str(i), [i]) for i in range(50))
    return "counts", mid, gc.get_count()[0] - b, len(d), len(e), gc.is_tracked(e)


# (The first call's count differs, before this change too: mempy's model of
# CPython's list free list at start-up; the calls after it are compared.)
counts()
print(*counts())
print(*counts())


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def pairs():
    yield "a", 1
    yield "b", C(1)
    print("in gen")
    yield "b", C(2)  # replaces C(1): its finalizer runs before the generator resumes
    print("after replace")
    yield 3.5, None
    yield (1, 2), "tuple key"
    yield None, "none"


d = dict(pairs())
print(sorted(map(repr, d)), d["b"].n)
del d
print("-- keys with __hash__/__eq__")


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return 7

    def __eq__(self, other):
        print("eq", self.n)
        return isinstance(other, K) and other.n == self.n


d = dict((k, i) for i, k in enumerate([K(1), 7, K(2), K(1), 7]))
print(len(d), sorted(d.values()))

# Not pairs: the index of the bad element counts the pairs before it.
for bad in ([("a", 1), ("b", 2), "xyz"], [("a", 1), ("a", 2), [1]], [("a", 1), 5]):
    try:
        dict(x for x in bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# A list pair and a str pair are sequences of two too.
print(dict(x for x in [["k", 1], "ab", ("z", 0)]))


def failing():
    yield "a", 1
    raise KeyError("gen failed")


def stops():
    yield "a", 1
    raise StopIteration


for g in (failing, stops):
    try:
        dict(g())
    except Exception as e:
        print(type(e).__name__, e, type(e.__context__).__name__)

# A dict subclass, d.update(gen) and keywords take the general path.
class D(dict):
    pass


dd = D((k, k * 2) for k in "ab")
print(type(dd).__name__, dd)
u = {"a": 0}
u.update((k, 1) for k in "ab")
print(u, dict(((k, 2) for k in "ab"), c=3))
g = ((k, 1) for k in "abc")
next(g)
print(dict(g))
print(sys.getrefcount(dict((("x", 1),) for _ in [])))
print("done")
