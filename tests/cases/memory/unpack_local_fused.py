# `a, b = t` with `t` a local (LOAD_FAST, UNPACK_SEQUENCE and its STORE_FASTs run as
# one): small tuples (items kept in the tuple's own slot), the local holding the
# sequence replaced by one of the stores, an old value whose finalizer runs between
# stores, numbers dying in the stores, a wrong length, an unbound local, and
# sequences that are not tuples or lists.
import sys


class D:
    def __init__(self, n, probe=None):
        self.n = n
        self.probe = probe

    def __del__(self):
        if self.probe is not None:
            print("del", self.n, [sys.getrefcount(x) - 1 for x in self.probe])
        else:
            print("del", self.n)


def small_tuples():
    p = (10**9 + 1, 2.5)
    x = y = None
    for _ in range(3):
        x, y = p
    print(x, y, sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(p))
    q = [10**9 + 2, 3.5, "s", None]
    a, b, c, d = q
    print(a, b, c, d, sys.getrefcount(a), sys.getrefcount(q))


def replaces_its_sequence():
    t = (D(1), D(2))
    t, u = t
    print("after", t.n, u.n)
    del t, u
    s = [10**10 + 3, 10**10 + 4, 10**10 + 5]
    a, s, c = s
    print(a, s, c, sys.getrefcount(s))
    keep = (D(3), D(4))
    v = keep
    v, w = v
    print(v.n, w.n, sys.getrefcount(keep))
    del keep, v, w
    print("freed")


def finalizer_between_stores():
    items = (object(), object(), object())
    b = D("b", items)
    a, b, c = items
    print("stored", sys.getrefcount(a) - 1, sys.getrefcount(c) - 1)


def numbers_die():
    a, b = 10**11 + 1, 1.25
    t = (10**11 + 2, 2.25)
    a, b = t
    print(a, b, sys.getrefcount(a), sys.getrefcount(b))
    a, b = t
    print(a is t[0], b is t[1])


def wrong_shapes():
    t = (1, 2, 3)
    try:
        a, b = t
    except ValueError as e:
        print("ValueError", e)
    l = [1]
    try:
        a, b = l
    except ValueError as e:
        print("ValueError", e)
    s = "xy"
    a, b = s
    g = (i * i for i in range(2))
    c, d = g
    print(a, b, c, d)


def unbound():
    try:
        a, b = t
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    t = (1, 2)
    a, b = t
    print(a, b)


small_tuples()
replaces_its_sequence()
finalizer_between_stores()
numbers_die()
wrong_shapes()
unbound()
