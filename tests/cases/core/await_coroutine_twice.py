# A coroutine suspended in its own await cannot be awaited by a second coroutine;
# one that has finished cannot be awaited again; an unstarted one is its own awaitable.
import types, sys

@types.coroutine
def sleeper():
    yield 1

async def inner():
    await sleeper()
    return 5

async def outer(c):
    return await c

c = inner()
o1 = outer(c)
print(o1.send(None))
o2 = outer(c)
try:
    o2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    o1.send(None)
except StopIteration as e:
    print("stop", e.value)
o3 = outer(c)
try:
    o3.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

async def add(a, b=2):
    return a + b

async def many():
    t = 0
    for i in range(5):
        t += await add(i) + await add(i, 10)
    return t

m = many()
try:
    m.send(None)
except StopIteration as e:
    print("many", e.value)

async def count_refs():
    x = add(1000)
    n = sys.getrefcount(x)
    r = await x
    return n, r

try:
    count_refs().send(None)
except StopIteration as e:
    print(e.value)
