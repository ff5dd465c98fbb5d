import types, sys
async def ag(n):
    for i in range(n):
        yield i
    print('end')

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    out = []
    async for x in ag(3):
        out.append(x)
    print(out)
    g = ag(2)
    print(await g.__anext__(), await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('SAI')
    return 'done'

print(run(main()))
a = ag(1)
print(type(a), type(a) is types.AsyncGeneratorType)
print(repr(a).split(' at ')[0])
print(a.ag_running, a.ag_await, a.ag_code.co_name, hex(ag.__code__.co_flags))
s = a.__anext__()
print(repr(s).split(' at ')[0])
try:
    s.send(None)
except StopIteration as e:
    print('SI', e.value)
try:
    s.send(None)
except RuntimeError as e:
    print('RE', e)
async def comp():
    print([x async for x in ag(3)])
    print({x async for x in ag(3)})
    print({x: x*2 async for x in ag(3)})
    g = (x * 10 async for x in ag(3))
    print(type(g).__name__)
    print([y async for y in g])
    async def sq(v):
        return v * v
    print([await sq(x) for x in range(4)])
    print([await sq(x) async for x in ag(3) if x])
    print([[x async for x in ag(i)] for i in range(3)])
    return 1
print(run(comp()))
def f():
    return (x async for x in ag(2))
print(type(f()).__name__)
async def errs():
    async def bad():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in bad():
            print(x)
    except RuntimeError as e:
        print('RE', e, type(e.__cause__).__name__)
    async def bad2():
        yield 1
        raise StopIteration
    try:
        async for x in bad2():
            print(x)
    except RuntimeError as e:
        print('RE', e, type(e.__cause__).__name__)
run(errs())
try:
    iter(ag(1))
except TypeError as e:
    print(e)
try:
    ag(1).asend(1).send(None)
except TypeError as e:
    print(e)
