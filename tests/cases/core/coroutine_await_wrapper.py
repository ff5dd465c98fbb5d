# A coroutine's __await__() returns a coroutine_wrapper: an iterator (its own
# __iter__) whose send/throw/close/__next__ drive the coroutine; each call makes a new
# wrapper; `yield from` over one runs the coroutine; its size is CPython's.
import sys
import types


@types.coroutine
def pause(v):
    got = yield v
    return got


async def worker(n):
    a = await pause(n)
    b = await pause(n + 1)
    return a + b


c = worker(10)
w = c.__await__()
print(type(w).__name__, iter(w) is w, c.__await__() is w, sys.getsizeof(w))
print(sorted(set(dir(w)) - set(dir(object()))))
print(next(w))
print(w.send(5))
try:
    w.send(7)
except StopIteration as e:
    print("returned", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError:", e)

c = worker(1)
w = c.__await__()
print(w.send(None))
try:
    w.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError:", e)
print(c.cr_frame is None)

c = worker(1)
w = c.__await__()
next(w)
print(w.close(), c.cr_frame is None)


def drive(coro):
    return (yield from coro.__await__())


g = drive(worker(3))
print(next(g), g.send(1))
try:
    g.send(2)
except StopIteration as e:
    print("returned", e.value)

c = worker(0)
w = c.__await__()
del w
c.close()
try:
    type(c.__await__())()
except TypeError as e:
    print("TypeError:", e)
