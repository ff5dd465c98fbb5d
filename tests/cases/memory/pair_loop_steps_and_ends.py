# Checks: `for a, b in zip(xs, ys)`, `for i, x in enumerate(xs)` and `for k, v in
# d.items()` step and end as CPython's zip_next / enum_next / dictiter_iternextitem
# then UNPACK_SEQUENCE do: the result tuple is refilled item by item while only the
# iterator holds it (an old item dies as its new one comes in, before the next
# iterator steps), a fresh tuple when it escaped; the first exhausted iterator lets go
# of its sequence at the end; the second running out first leaves the first's item
# taken; a strict zip's errors; a dict view freed at once; size-change errors.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def zips():
    print("zip: old items die as the refill replaces them")
    xs = [D("x0"), D("x1"), D("x2")]
    ys = [D("y0"), D("y1"), D("y2")]
    i = 0
    for a, b in zip(xs, ys):
        print(" step", a.name, b.name)
        del a, b
        xs[i] = ys[i] = None
        i += 1
    print(" loop over")
    print("zip: items released when the lists go")
    xs = [D("x0"), D("x1")]
    ys = [D("y0"), D("y1")]
    for a, b in zip(xs, ys):
        pass
    del xs, ys
    print(" lists gone")
    del a, b
    print(" loop variables gone")


def zip_escape():
    print("zip: an escaped tuple")
    kept = []
    for a, b in zip([1, 2, 3], "abc"):
        kept.append((a, b))
    z = zip([1, 2], [3, 4])
    for p in z:
        kept.append(p)
        print(" refcount", sys.getrefcount(p))
    print(" ", kept, len({id(p) for p in kept[3:]}))
    z = zip(range(3), range(10, 13))
    t = next(z)
    for a, b in z:
        print(" after next", a, b, t)
    print(" range/str", [a + b for a, b in zip("xyz", "pq")])


def zip_uneven():
    print("zip: second runs out first")
    xs = iter([1, 2, 3])
    for a, b in zip(xs, [10]):
        print(" pair", a, b)
    print(" left in xs", list(xs))
    xs = iter([1, 2, 3])
    for a, b in zip([10], xs):
        print(" pair", a, b)
    print(" left in xs", list(xs))
    ys = [5, 6]
    it = iter(ys)
    for a, b in zip(it, it):
        print(" same iterator", a, b)
    it = iter([5, 6, 7])
    for a, b in zip(it, it):
        print(" same iterator, odd", a, b)
    print(" left", list(it))
    for strict_args in (([1, 2], [3]), ([1], [3, 4]), ([1, 2], [3, 4])):
        try:
            for a, b in zip(*strict_args, strict=True):
                print(" strict pair", a, b)
            print(" strict done")
        except ValueError as e:
            print(" ValueError:", e)


def enumerates():
    print("enumerate: the list goes at the end, before the loop's next line")
    def make():
        return [D("e0"), D("e1")]
    for i, x in enumerate(make()):
        print(" step", i, x.name)
        del x
    print(" after loop")
    e = enumerate((D("t0"),))
    for i, x in e:
        print(" step", i, x.name)
    del x
    print(" enumerate still held")
    del e
    print(" released")
    kept = [p for p in enumerate("ab")]
    print(" kept", kept)


def items():
    print("dict items: a view on a dict only it holds")
    def make():
        return {"a": D("va"), "b": D("vb")}
    for k, v in make().items():
        print(" step", k, v.name)
        del v
    print(" after loop")
    d = {1: 2, 3: 4}
    try:
        for k, v in d.items():
            d[k + 10] = v
    except RuntimeError as e:
        print(" RuntimeError:", e)
    d = {1: 2, 3: 4}
    try:
        for k, v in d.items():
            if k == 1:
                del d[3]
                d[5] = 6
    except RuntimeError as e:
        print(" RuntimeError:", e)
    d = {1: 2, 3: 4}
    for k, v in d.items():
        d[k] = v * 10
    print(" values replaced", d)
    pairs = []
    for p in d.items():
        pairs.append(p)
    print(" kept", pairs, pairs[0] is pairs[1])
    for k, v in d.items():
        print(" refcounts", sys.getrefcount(k) > 1, sys.getrefcount(v) > 1)
    for k in {"z": 1}.keys():
        print(" keys view", k)
    for v in {"z": D("kv")}.values():
        print(" values view", v.name)
        del v
    print(" after values loop")


zips()
zip_escape()
zip_uneven()
enumerates()
items()
