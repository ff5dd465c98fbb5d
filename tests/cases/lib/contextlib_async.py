# contextlib's async half under asyncio: asynccontextmanager (entry/exit order, an
# exception thrown into the generator and swallowed or re-raised, "didn't yield",
# use as a decorator), aclosing, nullcontext in `async with`, AsyncExitStack
# (callbacks and async callbacks unwound in reverse, enter_async_context, suppression,
# pop_all, aclose) and AbstractAsyncContextManager's structural isinstance.
import asyncio
from contextlib import (asynccontextmanager, aclosing, nullcontext, AsyncExitStack,
                        AbstractAsyncContextManager)


@asynccontextmanager
async def resource(name, swallow=False):
    print('open', name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except ValueError as e:
        print('saw', repr(e))
        if not swallow:
            raise
    finally:
        await asyncio.sleep(0)
        print('close', name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@resource('deco')
async def decorated(x):
    print('inside decorated', x)
    return x * 2


class Pages:
    def __init__(self):
        self.closed = False

    async def aclose(self):
        self.closed = True


async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print('agen finally')


async def main():
    async with resource('a') as r:
        print('body', r)
    async with resource('b', swallow=True):
        raise ValueError('swallowed')
    print('after b')
    try:
        async with resource('c'):
            raise ValueError('passes')
    except ValueError as e:
        print('caught', e)
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await decorated(21))
    p = Pages()
    async with aclosing(p) as q:
        print(q is p, p.closed)
    print(p.closed)
    async with aclosing(agen()) as g:
        async for x in g:
            if x == 2:
                break
            print('item', x)
    async with nullcontext(5) as n:
        print('null', n)

    async def acb(tag):
        await asyncio.sleep(0)
        print('async callback', tag)

    async with AsyncExitStack() as stack:
        stack.callback(print, 'sync callback 1')
        stack.push_async_callback(acb, 'x')
        v = await stack.enter_async_context(resource('d'))
        print('entered', v)
        stack.callback(print, 'sync callback 2')
    stack = AsyncExitStack()
    stack.push_async_callback(acb, 'later')
    moved = stack.pop_all()
    await stack.aclose()
    print('moved')
    await moved.aclose()

    async def suppress_all(*exc):
        print('exit sees', exc[0].__name__)
        return True

    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppress_all)
        raise KeyError('gone')
    print('suppressed')
    try:
        await AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print('TypeError:', e)

    class CM:
        async def __aenter__(self):
            return self

        async def __aexit__(self, *a):
            return None

    print(isinstance(CM(), AbstractAsyncContextManager), isinstance(object(), AbstractAsyncContextManager))


asyncio.run(main())
