# queue: bounded Queue put/get with block/timeout errors, task_done/join, LifoQueue, PriorityQueue, SimpleQueue, reprs.
import queue
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except BaseException as e: print(type(e).__name__, e)
q = queue.Queue(2); q.put(1); q.put_nowait(2); print(q.qsize(), q.full(), q.empty(), q.maxsize); t(q.put_nowait, 3); t(q.put, 3, timeout=-1); t(q.put, 3, True, 0.01)
print(q.get(), q.get_nowait()); t(q.get_nowait); t(q.get, timeout=0.01); t(q.get, False); t(q.get, True, -1)
print(q.unfinished_tasks); q.task_done(); q.task_done(); t(q.task_done); q.join()
l = queue.LifoQueue(); [l.put(i) for i in range(3)]; print([l.get() for _ in range(3)], l.queue)
p = queue.PriorityQueue(); [p.put(i) for i in (5, 1, 3)]; print(p.queue, [p.get() for _ in range(3)])
s = queue.SimpleQueue(); s.put(1); s.put_nowait(2); print(s.qsize(), s.empty(), s.get(), s.get_nowait()); t(s.get_nowait); t(s.get, timeout=-1)
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue[int], sorted(queue.__all__), issubclass(queue.Empty, Exception))
q = queue.Queue(); print(q.full(), type(q.queue).__name__); q0 = queue.Queue(0); q0.put(1); print(q0.full())
with q.mutex: print('locked')
