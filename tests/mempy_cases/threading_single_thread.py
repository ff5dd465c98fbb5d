# mempy runs one OS thread: Thread.start() runs the target to its end before it
# returns, and a wait that only another thread could end follows one rule (README,
# "Known differences"): with a timeout it sleeps the timeout out and fails (what a
# lone thread sees in CPython too), without one it raises RuntimeError naming the
# deadlock instead of hanging. Known answers: the order of the 'start'/'in target'/
# 'started' lines (the target ran inside start()); five RuntimeErrors, one per wait
# without a timeout; the timed waits all answer False after at least their timeout;
# the default excepthook's report goes to stderr (threading_single_thread.err), with
# mempy's frozen threading frames above the target's.
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
    threading.Thread(target=rlock.acquire, name='T').start()
threading.excepthook = threading.__excepthook__

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
