# Scheduling order of asyncio's loop: call_soon callbacks run FIFO before timers, timers
# run by deadline (equal deadlines in heap order), tasks step round-robin in creation
# order, sleep(0) yields exactly once; cancelled handles do not run; an exception in a
# callback goes to the loop's exception handler.
import asyncio

order = []


def cb(x):
    order.append(x)


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_at(now + 0.05, cb, 't2')
    loop.call_at(now + 0.02, cb, 't1')
    loop.call_at(now + 0.02, cb, 't1b')
    loop.call_at(now + 0.02, cb, 't1c')
    loop.call_soon(cb, 's1')
    h = loop.call_later(0.01, cb, 'cancelled')
    h.cancel()
    print(h.cancelled(), repr(h).startswith('<TimerHandle cancelled when='))
    h2 = loop.call_soon(cb, 'cancelled soon')
    print(h2)
    h2.cancel()
    print(h2)
    loop.call_soon(cb, 's2')
    await asyncio.sleep(0.1)
    print(order)

    async def t(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)

    order.clear()
    await asyncio.gather(t('a'), t('b'), t('c'))
    print(order)

    order.clear()

    async def nested():
        order.append('nested start')
        loop.call_soon(cb, 'from nested')
        await asyncio.sleep(0)
        order.append('nested resumed')

    loop.call_soon(cb, 'before task')
    task = asyncio.create_task(nested())
    loop.call_soon(cb, 'after task')
    await task
    print(order)

    def bad():
        raise ZeroDivisionError('callback failed')

    def handler(loop, ctx):
        print('handler:', ctx['message'], repr(ctx.get('exception')))

    loop.set_exception_handler(handler)
    loop.call_soon(bad)
    await asyncio.sleep(0)
    print(loop.get_exception_handler() is handler)
    loop.set_exception_handler(None)
    print(loop.is_running(), loop.is_closed())


asyncio.run(main())

loop = asyncio.new_event_loop()
loop.call_soon(print, 'soon 1')
loop.call_later(0.02, loop.stop)
loop.call_soon(print, 'soon 2')
loop.run_forever()
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed(), repr(loop))
try:
    loop.call_soon(print, 'x')
except RuntimeError as e:
    print('RuntimeError:', e)
