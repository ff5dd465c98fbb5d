# `a, b, c = seq` into locals when seq outlives the unpack: counts and finalizers seen
# from a __del__ run by one of the stores, a sequence freed by its own store
# (`s, t = s`), big ints and floats shared between the old locals and the items, a
# list mutated by a finalizer mid-unpack, and items left on the stack for a
# non-local target.
import sys


class D:
    def __init__(self, n, probe=None):
        self.n = n
        self.probe = probe

    def __del__(self):
        if self.probe is not None:
            # The items not yet stored are on the stack with their references.
            print("del", self.n, [sys.getrefcount(x) - 1 for x in self.probe])
            self.probe[:] = []
        else:
            print("del", self.n)


def shared_numbers():
    big = 10**12
    f = 2.5
    t = (big + 1, f * 2, big + 2)
    a, b, c = t
    print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c))
    # The old values are items of the same tuple, rotated.
    a, b, c = (c, a, b)
    print(a, b, c, sys.getrefcount(a), sys.getrefcount(t))
    for _ in range(3):
        a, b, c = t
    print(a == t[0], b == t[1], c == t[2], sys.getrefcount(t[0]))


def finalizer_between_stores():
    items = [object(), object(), object()]
    x = D("x", items)
    # The store to x lets go of D("x"): its __del__ runs before y and z are stored,
    # and empties the list the items came from.
    x, y, z = items
    print(items, sys.getrefcount(y), sys.getrefcount(z))


def self_freeing():
    s = [10**15 + 1, 10**15 + 2, 3.25]
    s, t, u = s
    print(s, t, u, sys.getrefcount(t), sys.getrefcount(u))
    s = (D(1), D(2))
    s, t = s
    print("after", s.n, t.n)
    del s, t
    print("freed")


class Box:
    pass


def mixed_targets():
    box = Box()
    seq = [10**13, 10**13 + 1, 10**13 + 2]
    a, box.b, c = seq
    print(a, box.b, c, sys.getrefcount(seq[1]))
    seq2 = (D(7), D(8), 4.75)
    a, box.b, c = seq2
    del seq2
    print("kept", a.n, box.b.n, c)
    a = box.b = c = None
    print("done")


shared_numbers()
finalizer_between_stores()
self_freeing()
mixed_targets()
