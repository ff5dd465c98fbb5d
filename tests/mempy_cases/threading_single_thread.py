# Waits that no thread can ever end (mempy's green threads, README "Known
# differences"): with a timeout they sleep the timeout out and fail (what a lone
# thread sees in CPython too); without one they raise RuntimeError naming the
# deadlock where CPython would hang: five such waits on the main thread alone, then
# two threads waiting for each other (the main thread joins T2, which waits for a
# lock the main thread holds). A thread waiting for an RLock the main thread holds
# gets it once the main thread lets go. Known answers: the 'start'/'in target'/
# 'started' order (start() waits until the new thread has run); the RuntimeErrors;
# the timed waits answer False after at least their timeout; the default
# excepthook's report goes to stderr, with mempy's frozen threading frames.
import threading
import time

order = []
t = threading.Thread(target=lambda: order.append('in target'))
order.append('start')
t.start()
order.append('started')
print(order, t.is_alive())

held = threading.Lock()
held.acquire()
rlock = threading.RLock()
cond = threading.Condition()
waits = [
    ('Lock.acquire()', held.acquire),
    ('Event.wait()', threading.Event().wait),
    ('Semaphore(0).acquire()', threading.Semaphore(0).acquire),
    ('Barrier(2).wait()', threading.Barrier(2).wait),
]
for name, wait in waits:
    try:
        wait()
    except RuntimeError as e:
        print(name, '->', e)
with cond:
    try:
        cond.wait()
    except RuntimeError as e:
        print('Condition.wait() ->', e)

# A thread that wants the RLock the main thread holds: a deadlock inside the thread,
# reported through the excepthook.
def report(args):
    print('in', args.thread.name + ':', args.exc_type.__name__, args.exc_value)


threading.excepthook = report
with rlock:
    t = threading.Thread(target=rlock.acquire, name='T')
    t.start()
t.join()
print('T got the RLock after the main thread released it:', not t.is_alive())
threading.excepthook = threading.__excepthook__

lock2 = threading.Lock()
lock2.acquire()
t2 = threading.Thread(target=lock2.acquire, name='T2')
t2.start()
try:
    t2.join()
except RuntimeError as e:
    print('join ->', e)
lock2.release()
t2.join()
print('T2 ended', t2.is_alive())

for name, wait in [('Lock', lambda: held.acquire(timeout=0.05)),
                   ('Event', lambda: threading.Event().wait(0.05)),
                   ('Semaphore', lambda: threading.Semaphore(0).acquire(timeout=0.05))]:
    t0 = time.monotonic()
    print(name, wait(), time.monotonic() - t0 >= 0.05)
try:
    threading.Barrier(2, timeout=0.01).wait()
except threading.BrokenBarrierError:
    print('BrokenBarrierError after the timeout')


def crash():
    1 / 0


threading.Thread(target=crash).start()
print('after the failing thread')
