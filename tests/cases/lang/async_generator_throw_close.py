# Async generators (PEP 525) driven without an event loop: athrow, aclose, the
# awaitables' reuse rules, values passed through an `await`, finalisation.
import sys, gc

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Obj:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

async def ag():
    o = Obj('local')
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'after-throw'
    finally:
        print('finally')

async def plain():
    yield 1

async def main():
    g = ag()
    print(await g.__anext__())
    print(await g.athrow(ValueError('boom')))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('stop')
    print(g.ag_frame)
    g2 = ag()
    print(await g2.__anext__())
    print(await g2.aclose())
    print('closed')
    print(await g2.aclose())
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print('stop2')
    g3 = ag()
    print(await g3.__anext__())
    del g3
    print('after del g3')
    g4 = plain()
    print(sys.getrefcount(g4))
    a = g4.__anext__()
    print(sys.getrefcount(g4))
    print(await a)
    del a
    print(sys.getrefcount(g4))
    try:
        await g4.athrow(TypeError)
    except TypeError as e:
        print('TE', repr(e))
        del e
    try:
        await g4.athrow(TypeError)
    except StopAsyncIteration:
        print('stop athrow on finished')
    print(await g4.aclose())

run(main())

async def ignore():
    try:
        yield 1
    finally:
        yield 2

async def m2():
    g = ignore()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RE', e)

run(m2())
gc.collect()

async def unstarted():
    yield 1
u = unstarted()
print(run(u.aclose()))
u2 = unstarted()
try:
    u2.athrow(ValueError).send(None)
except ValueError as e:
    print('VE', repr(e))
print(u2.ag_frame)

async def awaits():
    class Fut:
        def __await__(self):
            v = yield 'to-loop'
            return v
    x = await Fut()
    yield x
    print('resumed')
aw = awaits()
s = aw.__anext__()
print(s.send(None))
print(aw.ag_running, type(aw.ag_await).__name__)
try:
    aw.__anext__().send(None)
except RuntimeError as e:
    print('RE', e)
try:
    s.send('hello')
except StopIteration as e:
    print('SI', e.value)
print(aw.ag_running, aw.ag_await)
s = aw.asend(None)
try:
    s.send(None)
except StopAsyncIteration as e:
    print('SAI', repr(e))
try:
    s.send(None)
except RuntimeError as e:
    print('RE', e)
s.close()
t = aw.aclose()
try:
    t.send(None)
except StopIteration as e:
    print('SI', e.value)
try:
    t.send(None)
except RuntimeError as e:
    print('RE', e)
print(type(t).__name__, type(s).__name__)
print([n for n in dir(aw) if n[:2] in ('__a', 'as', 'at', 'ac')])
print([n for n in dir(t) if n not in dir(object)])
print(aw.__aiter__() is aw, s.__await__() is s, iter(s) is s)

# asend's value, a throw into the awaitable while awaiting, the awaitable's throw.
async def echo():
    got = None
    while True:
        try:
            got = yield got
        except KeyError:
            got = 'key'

async def m3():
    e = echo()
    print(await e.asend(None))
    print(await e.asend('a'))
    print(await e.athrow(KeyError))
    a = e.asend('b')
    try:
        a.throw(KeyError)
    except StopIteration as x:
        print('SI', x.value)
    await e.aclose()
    print(e.ag_frame)
run(m3())
