# `f(*args, **kwargs)` holds the callable, the positional tuple and the keyword dict
# until the call is over (CPython's CALL_FUNCTION_EX keeps them on its stack across
# PyObject_Call): a bound method keeps its self, a tuple made from a list lives while
# the callee runs, and they are let go of after the callee's own locals, in the order
# callable, tuple, dict, whether the call returns or raises.
import gc
import sys

log = []


class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


class K:
    def m(self, *a, **k):
        return sys.getrefcount(self)


k = K()
print("bound method self:", k.m(*(1, 2)), k.m(1, 2), k.m(1, **{}))
bm = k.m
print("stored bound method:", bm(*(1, 2)), bm(1, 2))


def refs_of_args(*a):
    return [sys.getrefcount(x) for x in a]


items = [R("a"), R("b")]
print("list items while called:", refs_of_args(*items))
t = (R("c"),)
print("tuple items while called:", refs_of_args(*t))
del items, t
log.clear()


def watcher(*a, **k):
    local = R("callee local")
    log.append("body")
    return len(a) + len(k)


class Owner:
    def __init__(self, name):
        self.tag = R(name)

    def method(self, *a, **k):
        log.append("method body")
        return 0


print(Owner("owner").method(*[R("arg")], **{"kw": R("kwval")}), log)
log.clear()
print(watcher(*(R("p"),), **{"x": R("x")}), log)
log.clear()


def boom(*a, **k):
    local = R("boom local")
    raise ValueError("boom")


try:
    Owner("owner2").method(*[R("arg2")])
    boom(*[R("list arg")], **{"y": R("kw")})
except ValueError as e:
    print("caught", e, log)
log.clear()


def gen():
    yield R("g1")
    yield R("g2")


print("from a generator:", watcher(*gen()), log)
log.clear()


class Made:
    def __init__(self, *a, **k):
        self.n = len(a) + len(k)


print("class call:", Made(*[1, 2], **{"z": 3}).n)
try:
    watcher(*1)
except TypeError as e:
    print(e)
try:
    watcher(**{1: 2})
except TypeError as e:
    print(e)
try:
    watcher(*[1], **{"a": 1}, a=2)
except TypeError as e:
    print(e)


def deep(n, *rest):
    if n == 0:
        return 0
    return deep(n - 1, *rest) + 1


print("deep:", deep(200, *range(3)))


def forever(*a):
    return forever(*a)


try:
    forever(1)
except RecursionError as e:
    print("RecursionError:", e)

gc.collect()
base = gc.get_count()[0]
r = watcher(*[1, 2, 3])
print("count after a converted call:", gc.get_count()[0] - base, r, log)
print(sorted([3, 1, 2], key=lambda *a: -a[0]))
print(list(map(lambda *a: a, *[[1, 2], [3, 4]])))
