# `await f(args)` of a coroutine function, which mempy starts in place (the
# arguments become the coroutine frame's locals where the call put them): results,
# refcounts, frames seen from inside, suspension through the chain, exceptions
# and their tracebacks, and RecursionError must be CPython's.
import sys
import traceback


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(fib(15)))


class Probe:
    pass


async def inner(a, b, *, _unused=None):
    return a


async def refs_inside(x, y):
    # `x` is held by the caller's local and this frame's local.
    n = sys.getrefcount(x)
    f = sys._getframe()
    return n, f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno


async def outer():
    p = Probe()
    before = sys.getrefcount(p)
    got = await refs_inside(p, 2)
    after = sys.getrefcount(p)
    return before, got, after


print(run(outer()))


class Step:
    # An awaitable that suspends the whole chain once.
    def __await__(self):
        v = yield "step"
        return v


async def leaf(k):
    got = await Step()
    return k, got


async def middle(k):
    r = await leaf(k)
    return ("middle", r)


c = middle(7)
print(c.send(None), c.cr_await.cr_code.co_name, c.cr_running)
try:
    c.send("sent")
except StopIteration as e:
    print("returned", e.value)


async def boom(x):
    if x:
        raise ValueError("boom %d" % x)
    return 0


async def catcher():
    try:
        await boom(3)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        return [(t.name, t.line) for t in tb]


print(run(catcher()))


async def uncaught():
    return await boom(5)


try:
    run(uncaught())
except ValueError:
    traceback.print_exc(file=sys.stdout)


async def deep(n):
    if n == 0:
        return 0
    return await deep(n - 1) + 1


sys.setrecursionlimit(200)
try:
    run(deep(1000))
except RecursionError as e:
    print("RecursionError:", e)
print(run(deep(50)))


async def reuse():
    co = fib(3)
    first = await co
    try:
        await co
    except RuntimeError as e:
        return first, str(e)


print(run(reuse()))
