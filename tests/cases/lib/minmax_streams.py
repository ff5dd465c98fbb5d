# min()/max() consume their iterable as CPython's min_max: each item's key is computed
# and compared as the iterator yields it, and a loser is released (its __del__ runs)
# at once, before the next item is produced; errors release in CPython's order.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __gt__(self, o):
        print("gt", self.n, o.n)
        return self.n > o.n

    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n


def gen(vals):
    for i in vals:
        print("yield", i)
        yield D(i)


m = max(gen((3, 1, 4, 1, 5)), key=lambda d: (print("key", d.n), d)[1])
print("max", m.n)
del m
m = min(gen((2, 7, 0)))
print("min", m.n)
del m
m = max([D(1), D(9), D(4)])
print("max of a list", m.n)
del m


def bad_key(d):
    if d.n == 4:
        raise KeyError(d.n)
    return d.n


try:
    max(gen((3, 1, 4, 2)), key=bad_key)
except KeyError as e:
    print("KeyError", e)
print(max(3, 1, 4), min([2, 0, 9]), max([], default="d"), max((), key=len, default=None))
for bad in [lambda: max(), lambda: max([]), lambda: min(1, 2, default=3), lambda: max(1),
            lambda: max([1, "a"]), lambda: min(iter([5, 6]), key=lambda x: 1 / 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(max("abc"), min([[1], [0, 5]]), max([1.5, 2, 0.5]), min(range(5), key=lambda x: -x))
