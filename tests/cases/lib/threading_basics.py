# threading and _thread on one thread at a time: locks (reprs, blocking and timeout
# arguments, errors), RLock, Thread (names, reprs, start/join, results), local,
# Event, Condition, Semaphore, BoundedSemaphore, Barrier, Timer, excepthook.
# Every thread is joined before anything looks at what it did.
import re
import threading
import time
import _thread


def clean(r):
    return re.sub(r'(0x[0-9a-f]+|owner=[1-9][0-9]*|\b[0-9]{6,}\b)', 'N', r)


lock = threading.Lock()
print(clean(repr(lock)), type(lock), _thread.LockType is type(lock))
print(lock.acquire(), clean(repr(lock)), lock.locked(), lock.acquire(False))
t0 = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.05)
print(lock.acquire(True, 0))
lock.release()
for bad in [lambda: lock.release(), lambda: lock.acquire(False, 1),
            lambda: lock.acquire(timeout=-2), lambda: lock.acquire(timeout=1e10)]:
    try:
        bad()
    except (RuntimeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
with lock:
    print('held', lock.locked())
print(lock.locked())

r = threading.RLock()
print(clean(repr(r)), type(r))
r.acquire()
r.acquire()
print(clean(repr(r)), r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)

main = threading.current_thread()
print(main.name, main is threading.main_thread(), clean(repr(main)), main.daemon)
print(main.ident == threading.get_ident(), isinstance(threading.get_native_id(), int))
print(threading.active_count(), len(threading.enumerate()), threading.TIMEOUT_MAX)

results = []


def work(n, scale=1):
    results.append((n * scale, threading.current_thread().name))


threads = [threading.Thread(target=work, args=(i,), kwargs={'scale': 10})
           for i in range(3)]
print([clean(repr(t)) for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], clean(repr(threads[0])))
named = threading.Thread(target=work, args=(7,), name='worker', daemon=True)
print(named.name, named.daemon, named.ident)
named.start()
named.join()
try:
    named.start()
except RuntimeError as e:
    print(e)
try:
    main.join()
except RuntimeError as e:
    print(e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print(e)


class Adder(threading.Thread):
    def __init__(self, items):
        super().__init__()
        self.items = items
        self.total = None

    def run(self):
        self.total = sum(self.items)


a = Adder(range(101))
a.start()
a.join(timeout=5)
print(a.total, a.is_alive())

data = threading.local()
data.value = 'main'
seen = []


def look():
    seen.append(hasattr(data, 'value'))
    data.value = 'thread'
    seen.append(data.value)


t = threading.Thread(target=look)
t.start()
t.join()
print(seen, data.value)


class Local(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


loc = Local(10)
loc.bump()
out = []
t = threading.Thread(target=lambda: out.append(loc.bump()))
t.start()
t.join()
print(out, loc.count)
try:
    threading.local(1)
except TypeError as e:
    print(e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
setter = threading.Thread(target=ev.set)
setter.start()
setter.join()
print(ev.is_set(), ev.wait(), ev.wait(5))
ev.clear()
print(ev.is_set())

cond = threading.Condition()
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 'ready', timeout=1))
    cond.notify()
    cond.notify_all()
try:
    cond.wait(0.01)
except RuntimeError as e:
    print(e)
try:
    cond.notify()
except RuntimeError as e:
    print(e)
print(clean(repr(threading.Condition(threading.Lock()))))

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(clean(repr(sem)))
with sem:
    print(clean(repr(sem)))
bsem = threading.BoundedSemaphore(1)
print(bsem.acquire(), clean(repr(bsem)))
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print(e)
for bad in [lambda: threading.Semaphore(-1), lambda: sem.acquire(False, 1),
            lambda: sem.release(0)]:
    try:
        bad()
    except ValueError as e:
        print(e)

bar = threading.Barrier(1, action=lambda: print('barrier action'))
print(bar.wait(), bar.parties, bar.n_waiting, bar.broken, clean(repr(bar)))

timer = threading.Timer(0.01, print, args=('timer fired',))
timer.start()
timer.join()
cancelled = threading.Timer(0.01, print, args=('never',))
cancelled.cancel()
cancelled.start()
cancelled.join()


def fail():
    raise ValueError('boom')


def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None)


threading.excepthook = hook
t = threading.Thread(target=fail, name='failing')
t.start()
t.join()
t = threading.Thread(target=lambda: exec('raise SystemExit(3)'))
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print('done', t.is_alive())
got = []
ident = _thread.start_new_thread(got.append, ('from _thread',))
time.sleep(0.05)
print(got, isinstance(ident, int), _thread.error is RuntimeError)
