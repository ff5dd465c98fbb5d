# Checks: gc.get_count()[0] moves as CPython 3.11's generation-0 count does, including
# its free lists: an exact list, dict or tuple of 1-20 items reused from a free list
# is not counted, and one that goes back onto a free list is not uncounted; calling
# list()/dict() allocates past the free list; a full collection empties the lists.
import gc

gc.disable()


class A:
    def m(self):
        pass


def gen():
    yield 1


def delta(label, make):
    c0 = gc.get_count()[0]
    r = make()
    c1 = gc.get_count()[0]
    del r
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)


def table():
    delta("[]", lambda: [])
    delta("{}", lambda: {})
    delta("{'a': 1}", lambda: {"a": 1})
    delta("(1, [])", lambda: (1, []))
    delta("list()", lambda: list())
    delta("list(range(3))", lambda: list(range(3)))
    delta("dict()", lambda: dict())
    delta("dict(a=1)", lambda: dict(a=1))
    delta("tuple(range(3))", lambda: tuple(range(3)))
    delta("A()", lambda: A())
    delta("A().m", lambda: A().m)
    delta("gen()", lambda: gen())
    delta("iter([1])", lambda: iter([1]))
    delta("comprehension", lambda: [i for i in range(3)])
    delta("{1, 2}", lambda: {1, 2})
    delta("object()", lambda: object())


gc.collect()
print("after a full collection (free lists empty):")
table()
print("again (the lists now hold what the first pass freed):")
table()

# Many lists alive at once: the free list gives back what it has, then each one counts.
gc.collect()
c0 = gc.get_count()[0]
keep = [[] for _ in range(100)]
c1 = gc.get_count()[0]
del keep
c2 = gc.get_count()[0]
print("100 lists", c1 - c0, c2 - c1)
keep = [[] for _ in range(100)]
print("again", gc.get_count()[0] - c2)
del keep
