# The memory side of async generators: the frame's locals live while the generator
# is suspended and go when it finishes, is closed or is dropped; the awaitables
# hold the generator; reference counts around them; a cycle through a suspended
# async generator is found by the collector.
import sys, gc

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

async def counter(n, tag):
    t = Tracked(tag)
    for i in range(n):
        yield i
    print('counter done', tag)

async def consume():
    out = []
    async for v in counter(2, 'loop'):
        out.append(v)
    print(out)
    g = counter(3, 'partial')
    print(await g.__anext__())
    print('refcount', sys.getrefcount(g))
    nxt = g.__anext__()
    print('refcount with awaitable', sys.getrefcount(g))
    print(await nxt)
    del nxt
    print('refcount after', sys.getrefcount(g))
    await g.aclose()
    print('after aclose')
    g2 = counter(3, 'dropped')
    await g2.asend(None)
    del g2
    print('after del')
    g3 = counter(1, 'never-started')
    del g3
    print('after unstarted del')
    return 'ok'

print(run(consume()))

# A suspended async generator in a reference cycle: the collector finds it.
async def holder(box):
    t = Tracked('in-cycle')
    box.append(t)
    yield 1

gc.collect()
box = []
h = holder(box)
run(h.__anext__())
box.append(h)
del h, box
gc.collect()
print('collected')

# An async generator expression's frame, and sizes.
async def agen(n):
    for i in range(n):
        yield i

async def sizes():
    g = agen(3)
    print(sys.getsizeof(g.__anext__()), sys.getsizeof(g.aclose()))
    e = (x async for x in agen(2))
    print(sys.getrefcount(e), gc.is_tracked(e), gc.is_tracked(e.__anext__()))
    print([x async for x in e])
    print(e.ag_frame)
run(sizes())
print('end')
