# queue takes Empty and SimpleQueue from _queue; queue._PySimpleQueue is a second,
# separate class; with _queue blocked, queue makes its own.
import sys
import queue
import _queue

print(queue.SimpleQueue, queue._PySimpleQueue, queue.Empty)
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
for cls in (queue.SimpleQueue, queue._PySimpleQueue):
    q = cls()
    q.put(1)
    q.put_nowait(2)
    print(cls.__name__, q.qsize(), q.get(), q.get_nowait(), q.empty())
    try:
        q.get(timeout=0.01)
    except queue.Empty as e:
        print('Empty', type(e))
    try:
        q.get(timeout=-1)
    except ValueError as e:
        print('ValueError', e)
    print(cls[int])

# A finalizer that puts while put() runs (a collection in the middle of it).
q = queue.SimpleQueue()
got = []
class Circular:
    def __init__(self):
        self.me = self
    def __del__(self):
        q.put('from __del__')
import gc
for i in range(3):
    Circular()
    q.put(i)
gc.collect()
while not q.empty():
    got.append(q.get())
print(sorted(map(str, got)))

del sys.modules['queue']
sys.modules['_queue'] = None
import queue as pyq
print(pyq.SimpleQueue is pyq._PySimpleQueue, pyq.Empty, pyq.Empty is _queue.Empty)
