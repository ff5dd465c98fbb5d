# Checks: gc.get_count()[0] moves as CPython 3.11's does around collections.OrderedDict
# (the C odict) and deque: an OrderedDict is one object allocated by tp_alloc (past
# the dict free list); calling either type goes through _PyObject_MakeTpCall, whose
# arguments tuple and keywords dict come from and go back to the free lists; only an
# items iterator owns a result tuple; __reduce__ asks for no __dict__ when the
# instance has no attributes. Each case runs right after a full collection (empty
# free lists) and again with the lists refilled; the rows are printed after each
# table (print's own allocations are not what is checked here).
import gc
from collections import OrderedDict, deque

gc.disable()


class S(OrderedDict):
    pass


class P:
    pass


od5 = OrderedDict.fromkeys(range(5))
p = P()


rows = []


def delta(label, make):
    c0 = gc.get_count()[0]
    r = make()
    c1 = gc.get_count()[0]
    del r
    c2 = gc.get_count()[0]
    rows.append(label)
    rows.append(c1 - c0)
    rows.append(c2 - c1)


def show(title):
    print(title)
    for i in range(0, len(rows), 3):
        print(rows[i], rows[i + 1], rows[i + 2])
    rows.clear()


def make_and_drop():
    x = OrderedDict(a=1)
    del x


def cycle():
    x = OrderedDict(a=[])
    x["x"] = x


def table():
    delta("OrderedDict()", lambda: OrderedDict())
    delta("OrderedDict(x=1)", lambda: OrderedDict(x=1))
    delta("OrderedDict(x=1, y=2)", lambda: OrderedDict(x=1, y=2))
    delta("OrderedDict([(1, 2)])", lambda: OrderedDict([(1, 2)]))
    delta("OrderedDict({1: 2})", lambda: OrderedDict({1: 2}))
    delta("S()", lambda: S())
    delta("S(a=1)", lambda: S(a=1))
    delta("od.copy()", lambda: od5.copy())
    delta("od | od", lambda: od5 | od5)
    delta("od.keys()", lambda: od5.keys())
    delta("iter(od)", lambda: iter(od5))
    delta("reversed(od)", lambda: reversed(od5))
    delta("iter(od.values())", lambda: iter(od5.values()))
    delta("iter(od.items())", lambda: iter(od5.items()))
    delta("reversed(od.items())", lambda: reversed(od5.items()))
    delta("list(od.items())", lambda: list(od5.items()))
    delta("od == od", lambda: od5 == od5)
    delta("move_to_end", lambda: od5.move_to_end(2))
    delta("fromkeys", lambda: OrderedDict.fromkeys("abc"))
    delta("make and drop", make_and_drop)
    delta("cycle", cycle)
    delta("deque()", lambda: deque())
    delta("deque([1])", lambda: deque([1]))
    delta("deque(maxlen=2)", lambda: deque(maxlen=2))
    delta("deque([1], 2)", lambda: deque([1], 2))
    delta("P().__getstate__()", lambda: P().__getstate__())
    delta("p.__getstate__()", lambda: p.__getstate__())


gc.collect()
table()
show("after a full collection (empty free lists)")
table()
show("again (free lists refilled)")
keep = [{} for _ in range(5)] + [(i,) for i in range(5)]
del keep
table()
show("with spare dicts and 1-tuples")
it = iter(od5.items())
next(it)
r = it.__reduce__()
print(r[1][0][0] is r[1][0][1], len(r[1][0]))
print(gc.get_referents(od5), len(gc.get_referents(p)))
s = S.fromkeys("ab")
print(gc.get_referents(s))
print(gc.get_referents({"a": 1, 2: None}), gc.get_referents({"a": 1, "b": [5]}))
