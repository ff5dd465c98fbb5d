# A signal's Python handler runs while the main thread waits (a queue get, a lock,
# time.sleep) and the other threads wait too, not only when the wait ends.
import queue
import signal
import threading
import time

events = []
start = time.monotonic()

def handler(signum, frame):
    events.append(('handler', signal.Signals(signum).name, time.monotonic() - start))

signal.signal(signal.SIGALRM, handler)

def later(action):
    time.sleep(0.6)
    action()

q = queue.SimpleQueue()
signal.setitimer(signal.ITIMER_REAL, 0.1)
threading.Thread(target=later, args=(lambda: q.put('item'),)).start()
item = q.get()
got = time.monotonic() - start
print(item, [e[:2] for e in events], events[0][2] < got - 0.3)

events.clear()
start = time.monotonic()
lock = threading.Lock()
lock.acquire()
signal.setitimer(signal.ITIMER_REAL, 0.1)
t = threading.Thread(target=later, args=(lock.release,))
t.start()
lock.acquire()
got = time.monotonic() - start
print([e[:2] for e in events], events[0][2] < got - 0.3)
t.join()

events.clear()
start = time.monotonic()
t = threading.Thread(target=time.sleep, args=(0.6,))
t.start()
signal.setitimer(signal.ITIMER_REAL, 0.1)
time.sleep(0.6)
got = time.monotonic() - start
print([e[:2] for e in events], events[0][2] < got - 0.3)
t.join()

class Stop(Exception):
    pass

def raising(signum, frame):
    raise Stop('from the handler')

signal.signal(signal.SIGALRM, raising)
start = time.monotonic()
t = threading.Thread(target=time.sleep, args=(0.6,))
t.start()
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    q.get()
except Stop as e:
    print('Stop:', e, time.monotonic() - start < 0.4)
t.join()
