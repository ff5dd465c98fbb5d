# Soak test: every construct below runs many times; after a warm-up round, further
# rounds must leave the number of live objects (sys.getallocatedblocks() after
# gc.collect()) exactly where it was. A construct that leaks one object per run shows
# up as a growth of ROUND objects. Run by tests/soak.rs under mempy only (CPython's
# count moves with its internal caches, so it is no judge here).
import gc
import sys

ROUND = 300


def c_numbers():
    x = 1000.5
    y = 123456
    for i in range(20):
        x
        y
        x + 1.0
        y * 3
        -y
        z = x * 2.0 - y
        z = (y + i) % 1000003
        z
    return z


def c_number_containers():
    l = [1000 + i for i in range(10)]
    d = {i * 1000: float(i) for i in range(10)}
    t = tuple(l)
    s = {x * 7 for x in l}
    l.sort(reverse=True)
    return sum(l) + len(d) + len(t) + len(s)


def c_genexpr():
    g = (x for x in [1, 2, 3])
    h = (x * 1000 for x in range(5))
    total = sum(h)
    next(g)
    return total


def c_generator_states():
    def gen(n):
        try:
            for i in range(n):
                yield i * 1000
        finally:
            pass

    a = gen(5)
    b = gen(5)
    next(b)
    c = gen(3)
    list(c)
    d = gen(4)
    next(d)
    d.close()
    e = gen(4)
    next(e)
    try:
        e.throw(ValueError("x"))
    except ValueError:
        pass
    return a, b


def c_yield_from():
    def inner():
        yield 1
        return 5000

    def outer():
        r = yield from inner()
        yield r

    return list(outer())


def c_closures():
    def make(n):
        big = [n] * 3

        def add(x):
            return x + n + len(big)

        return add

    fs = [make(i * 1000) for i in range(5)]
    return [f(1) for f in fs]


def c_classes():
    class A:
        k = 1000

        def __init__(self, v):
            self.v = v

        def get(self):
            return self.v + self.k

    class B(A):
        def __init__(self, v):
            super().__init__(v * 2)

        def get(self):
            return super().get() + 1

    objs = [B(i * 1000) for i in range(5)]
    T = type("T", (A,), {"z": 2000.5})
    return [o.get() for o in objs], T(3).get()


def c_exceptions():
    kept = []
    for i in range(5):
        try:
            try:
                {}[i * 1000]
            except KeyError as e:
                raise ValueError(str(i)) from e
        except ValueError as e:
            kept.append(e)
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return len(kept)


def c_with():
    class CM:
        def __enter__(self):
            return [1000, 2000]

        def __exit__(self, *a):
            return False

    total = 0
    for i in range(5):
        with CM() as v:
            total += v[0] + i * 1000
    return total


def c_comprehensions():
    a = [x * 1000 for x in range(10) if x % 2]
    b = {x: x * 1.5 for x in range(10)}
    c = {x * 1000 for x in range(10)}
    d = [[y * 1000 for y in range(x)] for x in range(4)]
    return len(a) + len(b) + len(c) + len(d)


def c_bound_methods():
    l = []
    app = l.append
    for i in range(10):
        app(i * 1000)
    m = "a,b".split
    return m(","), len(l)


def c_fstrings():
    x = 1000.25
    n = 123456
    return f"{x:.2f} {n:,} {n!r} {x!s:>10}"


def c_star_args():
    def f(*args, **kw):
        return len(args) + len(kw)

    args = [1000, 2000, 3000]
    kw = {"a": 1000.5, "b": 2}
    a, *rest = args
    return f(*args, **kw) + f(*rest, x=4000)


def c_iterators():
    l = [i * 1000 for i in range(10)]
    out = 0
    for i, x in enumerate(l):
        out += i
    for a, b in zip(l, reversed(l)):
        out += a - b
    for k, v in {1000: 2000}.items():
        out += k + v
    out += sum(map(abs, l)) + len(list(filter(None, l)))
    it = iter(l)
    next(it)
    return out


def c_strings():
    s = ""
    for i in range(10):
        s += str(i * 1000)
    parts = s.split("0")
    return "-".join(parts).upper().replace("1", "x")


def c_dicts_sets():
    d = {}
    for i in range(20):
        d[i * 1000] = [i]
    for i in range(0, 20, 2):
        del d[i * 1000]
    s = set(range(1000, 1020))
    s -= {1001, 1002}
    d.clear()
    return len(s)


def c_slices():
    l = list(range(1000, 1030))
    del l[::2]
    l[2:5] = [7000, 8000]
    r = l[::-1]
    return r[1:3], l[-1]


def c_cycles():
    class Node:
        pass

    a = Node()
    b = Node()
    a.other = b
    b.other = a
    a.data = [1000.5, 2000]
    l = []
    l.append(l)
    return None


CONSTRUCTS = [v for k, v in list(globals().items()) if k.startswith("c_")]


def live():
    gc.collect()
    return sys.getallocatedblocks()


def growth(construct):
    for _ in range(ROUND):
        construct()
    before = live()
    for _ in range(ROUND):
        construct()
    return live() - before


# The measurement itself keeps objects alive (the int `before`): calibrate it on a
# construct that allocates nothing.
OFFSET = growth(lambda: None)
failures = 0
for construct in CONSTRUCTS:
    grown = growth(construct) - OFFSET
    if grown:
        failures += 1
        print(f"{construct.__name__}: {grown} objects more after {ROUND} runs")
print(f"{len(CONSTRUCTS)} constructs, {failures} leaking")
