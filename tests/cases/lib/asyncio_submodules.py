# asyncio's submodules import (`import asyncio.tasks`, `from asyncio import events`)
# and hold the same objects as the package; an unknown one is not found.
import asyncio
import asyncio.tasks
from asyncio import events, futures, locks, queues, exceptions, runners
import asyncio.base_events as be

print(asyncio.tasks.Task is asyncio.Task, asyncio.tasks.gather is asyncio.gather)
print(events.get_event_loop_policy is asyncio.get_event_loop_policy,
      events.AbstractEventLoop is asyncio.AbstractEventLoop)
print(futures.Future is asyncio.Future, locks.Lock is asyncio.Lock,
      queues.Queue is asyncio.Queue, runners.run is asyncio.run)
print(exceptions.CancelledError is asyncio.CancelledError, be.BaseEventLoop is asyncio.BaseEventLoop)
print(asyncio.tasks.__name__, events.__name__)
print(isinstance(events.get_event_loop_policy(), events.AbstractEventLoopPolicy))


async def main():
    return await asyncio.tasks.sleep(0, "done")

print(asyncio.run(main()))
try:
    import asyncio.nothing_here
except ImportError as e:
    print(type(e).__name__, e)
