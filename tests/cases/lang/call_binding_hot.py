# Calls whose arguments need the full binding (`*args`, `**kwargs`, keywords,
# keyword-only parameters, defaults) taken from the dispatch loop: values, the
# tuple and dict made, counts, errors and their tracebacks.
import gc
import sys


def va(*args):
    return args


def mixed(a, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, sorted(kw.items())


print(va(), va(1), va(1, 2, 3, 4, 5, 6), va() is tuple())
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6, d=7))
big = 10**8
t = va(big, big)
print(sys.getrefcount(big), len(t))
del t
print(sys.getrefcount(big))
g0 = gc.get_count()[0]
for i in range(10):
    va(i)
print(gc.get_count()[0] - g0)


class P:
    def m(self, x, *, scale=1):
        return x * scale

    def n(self, *xs, **kw):
        return xs, kw


p = P()
print(p.m(3, scale=5), p.m(3), p.n(1, 2, k=3))
total = 0
for i in range(1000):
    total += p.m(i, scale=2)
print(total)


def gen(*xs, step=1):
    for x in xs[::step]:
        yield x


print(list(gen(1, 2, 3, 4, step=2)), list(gen()))


def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def add(a, b=10):
    return a + b


print(add(1), add(1, 2), add(a=5), add(1, b=3))


def deep(n, *extra):
    return deep(n + 1, *extra) if n < 10**6 else n


try:
    deep(0, 1)
except RecursionError as e:
    print("RecursionError:", e)


def kwonly(*, flag):
    return flag


for call in (lambda: mixed(), lambda: mixed(1), lambda: kwonly(1), lambda: kwonly(flag=1, other=2),
             lambda: p.m(1, 2), lambda: p.m(1, bad=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
mixed(1, 2, 3, cc=4)
