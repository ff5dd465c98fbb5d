# A task whose exception nobody retrieves reports it when the task is freed ("Task
# exception was never retrieved", with the coroutine's traceback); a pending task that
# is freed reports "Task was destroyed but it is pending!"; retrieving the exception
# (or cancelling) keeps the report away. A fire-and-forget task is freed (and
# reported) as soon as its last step has run.
import asyncio
import gc


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f'failure {n}')


async def forever():
    try:
        await asyncio.Event().wait()
    finally:
        print('forever closed')


async def main():
    t = asyncio.create_task(fails(1))
    await asyncio.sleep(0.01)
    print('done:', t.done())
    del t
    gc.collect()
    print('after first')
    t = asyncio.create_task(fails(2))
    await asyncio.sleep(0.01)
    print('retrieved:', repr(t.exception()))
    del t
    gc.collect()
    print('after second')
    asyncio.create_task(fails(3))   # nobody keeps the task: reported once it is freed
    await asyncio.sleep(0.01)
    print('after fire and forget')


asyncio.run(main())

loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
print('closed with a pending task')
del task
gc.collect()
print('end')
