# The async parts of the language driven by asyncio's loop: async for over an async
# generator and over a class with __aiter__/__anext__, asend/athrow/aclose of an async
# generator, await inside list/set/dict comprehensions and async comprehensions,
# async with around awaits, an awaitable class (__await__ with a bare yield), and a
# task cancelled while suspended inside an async generator.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield
        return self.value


async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except KeyError as e:
                received = f'handled {e!r}'
    finally:
        print('echo closing')


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


class Guard:
    async def __aenter__(self):
        await asyncio.sleep(0)
        print('guard enter')
        return 'guarded'

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print('guard exit', exc[0])
        return False


async def stuck():
    try:
        async for i in ticker(100):
            if i == 1:
                await asyncio.sleep(10)
    finally:
        print('stuck cleaned up')


async def main():
    async for i in ticker(3):
        print('tick', i)
    print([i async for i in Countdown(3)])
    print(await Ready(7))
    g = echo()
    print(await g.asend(None))
    print(await g.asend('hello'))
    print(await g.athrow(KeyError('k')))
    await g.aclose()
    try:
        await g.asend('after close')
    except StopAsyncIteration:
        print('StopAsyncIteration after aclose')
    print([await double(x) for x in range(3)])
    print({await double(x) for x in range(3)})
    print({x: await double(x) async for x in ticker(3)})
    print([x async for x in ticker(6) if x % 2])
    async with Guard() as g2:
        print('inside', g2, await double(5))
    t = asyncio.create_task(stuck())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('stuck cancelled', t.cancelled())
    it = ticker(2)
    print(await anext(it), await anext(it), await anext(it, 'default'))


asyncio.run(main())
