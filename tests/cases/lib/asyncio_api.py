# asyncio's high-level API: run, gather (results in argument order, return_exceptions,
# first error), create_task names, wait_for/timeout/timeout_at, wait with FIRST_COMPLETED
# and ALL_COMPLETED, as_completed, TaskGroup (results, ExceptionGroup, sibling
# cancellation), shield, current_task/all_tasks, task and future reprs; new_event_loop
# with run_until_complete and run_forever/stop. Delays differ by 50 ms or more.
import asyncio
import re
async def worker(name, delay, out):
    print('start', name)
    await asyncio.sleep(delay)
    print('end', name)
    out.append(name)
    return name * 2
async def main():
    out = []
    r = await asyncio.gather(worker('a', 0.1, out), worker('b', 0.05, out), worker('c', 0, out))
    print(r, out)
    t = asyncio.create_task(worker('d', 0, out))
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    async def boom():
        await asyncio.sleep(0)
        raise ValueError('boom')
    try:
        await asyncio.gather(boom(), worker('e', 0.05, out))
    except ValueError as e:
        print('caught', e)
    r = await asyncio.gather(boom(), worker('f', 0, out), return_exceptions=True)
    print(r)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.05)
    except TimeoutError as e:
        print('timeout', type(e), repr(e.__cause__))
    print(await asyncio.wait_for(worker('g', 0, out), 1))
    ts = [asyncio.create_task(worker(n, d, out)) for n, d in [('h', 0.15), ('i', 0.05)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending))
    for c in asyncio.as_completed([asyncio.create_task(worker('j', 0.1, out)), asyncio.create_task(worker('k', 0.05, out))]):
        print('as_completed', await c)
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout ctx')
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('l', 0.05, out))
        t2 = tg.create_task(worker('m', 0, out))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(worker('n', 1, out))
    except* ValueError as eg:
        print('eg', repr(eg.exceptions))
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    s = asyncio.shield(worker('o', 0, out))
    print(await s)
    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('slow cancelled')
            raise
    t = asyncio.create_task(slow(), name='slowpoke')
    await asyncio.sleep(0)
    print(t.get_name(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError', e.args, t.cancelled())
    print(re.sub(r'/\S*/', '', repr(t)))
    async def quick():
        return 42
    t = asyncio.create_task(quick())
    print(re.sub(r'/\S*/', '', repr(t)))
    await t
    print(re.sub(r'/\S*/', '', repr(t)))
    f = asyncio.get_running_loop().create_future()
    print(f, f.done(), f.cancelled())
    f.set_result([1, 2])
    print(f, f.result())
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.05) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at expired', cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), cm.when())
    g = asyncio.gather(slow(), slow())
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    print(await asyncio.gather())
asyncio.run(main())
print('again')
async def m2():
    return asyncio.current_task().get_name()
print(asyncio.run(m2()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(m2()))
loop.call_soon(print, 'soon')
loop.call_later(0.05, loop.stop)
loop.run_forever()
loop.close()
print(loop)
