# asyncio Queue/PriorityQueue/LifoQueue (bounded put waits, join/task_done, QueueEmpty/
# QueueFull), Lock, Event, Semaphore, BoundedSemaphore, Condition and Barrier: who runs
# when, and their reprs (addresses masked).
import re


def noaddr(s):
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(s))


import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i)
    await q.put(None)
async def consumer(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print('got', item)
        await asyncio.sleep(0)
async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q))
    await q.join()
    print(q, q.qsize())
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]: pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in [5, 1, 3]: lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    try: lq.get_nowait()
    except asyncio.QueueEmpty as e: print('empty', repr(e))
    fq = asyncio.Queue(1); fq.put_nowait(1)
    try: fq.put_nowait(2)
    except asyncio.QueueFull: print('full')
    lock = asyncio.Lock()
    async def crit(n):
        async with lock:
            print('in', n, lock.locked())
            await asyncio.sleep(0)
            print('out', n)
    await asyncio.gather(crit(1), crit(2), crit(3))
    ev = asyncio.Event()
    async def waiter(n):
        print('wait', n); await ev.wait(); print('woke', n)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set()); ev.set()
    await asyncio.gather(*ts)
    sem = asyncio.Semaphore(2)
    async def lim(n):
        async with sem:
            print('sem in', n); await asyncio.sleep(0); await asyncio.sleep(0); print('sem out', n)
    await asyncio.gather(*(lim(i) for i in range(4)))
    bs = asyncio.BoundedSemaphore(1)
    try: bs.release()
    except ValueError as e: print(e)
    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            print('cond got', items.pop())
    async def prod():
        await asyncio.sleep(0)
        async with cond:
            items.append(42); cond.notify()
    await asyncio.gather(cons(), prod())
    print(noaddr(lock), noaddr(ev), noaddr(sem))
    b = asyncio.Barrier(3)
    async def party(n):
        await asyncio.sleep(0.01 * n)
        i = await b.wait()
        print('barrier passed', n, i)
    await asyncio.gather(*(party(n) for n in range(3)))
    print(noaddr(b), b.n_waiting, b.broken)
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print('getter cancelled', str(q))
    lock2 = asyncio.Lock()
    try:
        lock2.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    c2 = asyncio.Condition()
    try:
        c2.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(asyncio.Queue[int])
asyncio.run(main())
