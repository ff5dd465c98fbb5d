# Unpacking into locals (`a, b, c = seq` followed by STORE_FASTs): the counts of the
# items, the death order of the locals' old values (with __del__), a list emptied by a
# finalizer halfway through the stores, the sequence held only by a local it replaces,
# and targets that are not locals.
import sys


class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append("del " + self.name)


def counts():
    x, y = [1.5], [2.5]
    t = (x, y)
    for _ in range(3):
        a, b = t
    print(sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(t))
    l = [x, y, t]
    a, b, c = l
    print(sys.getrefcount(x), sys.getrefcount(l), c is t)


def old_values_die():
    log = []
    a, b, c = Noisy("a0", log), Noisy("b0", log), Noisy("c0", log)
    items = (Noisy("a1", log), Noisy("b1", log), Noisy("c1", log))
    log.append("before")
    a, b, c = items
    log.append("after")
    print(log)
    print(a.name, b.name, c.name, sys.getrefcount(items[1]))


def counts_seen_by_finalizer():
    log = []
    items = ([1], [2], [3])

    class Peek:
        def __del__(self):
            log.append([sys.getrefcount(i) for i in items])

    a, b, c = Peek(), 0, 0
    a, b, c = items
    log.append([sys.getrefcount(i) for i in items])
    print(log)


def death_halfway():
    log = []
    a, b, c = 1, Noisy("b0", log), 3
    items = (10, Noisy("b1", log), 30)
    log.append("before")
    a, b, c = items
    log.append("after")
    print(log, a, b.name, c)


def freed_numbers_reused(x):
    a, b = 1.25 + x, 2.5 + x
    ida, idb = id(a), id(b)
    t = (7.5, 8.5)
    a, b = t
    n1 = x + 0.125
    n2 = x + 0.375
    print(id(n1) == idb, id(n2) == ida, a, b)


def finalizer_empties_list():
    log = []
    src = [10.5, 20.5, 30.5]

    class Clearer:
        def __del__(self):
            log.append(("clear", len(src)))
            src.clear()

    a, b, c = Clearer(), 0, 0
    a, b, c = src
    print(log, a, b, c, src)


def replaces_its_sequence():
    t = ([1], [2])
    first = t[0]
    t, a = t
    print(t is first, a, sys.getrefcount(first))


class Box:
    pass


def mixed_targets():
    box = Box()
    t = ("p", "q", "r")
    a, box.mid, c = t
    print(a, box.mid, c)
    d = {}
    a, d["k"], c = [7, 8, 9]
    print(a, d, c)


def returned_pair():
    log = []

    def make():
        return Noisy("left", log), Noisy("right", log)

    l, r = make()
    l, r = make()
    log.append("end")
    print(log)


def wrong_length():
    t = (1, 2, 3)
    try:
        a, b = t
    except ValueError as e:
        print(e)
    try:
        a, b, c, d = [1, 2]
    except ValueError as e:
        print(e)


counts()
old_values_die()
counts_seen_by_finalizer()
death_halfway()
freed_numbers_reused(0.5)
finalizer_empties_list()
replaces_its_sequence()
mixed_targets()
returned_pair()
wrong_length()
