# Threads that wait for each other: a worker blocked in Event.wait runs on when the
# main thread sets the event; join waits for a thread that sleeps; a Lock taken by one
# thread makes another wait until it is released; a busy thread does not starve a
# sleeping one (the switch interval); Condition producer/consumer; queue.Queue with
# blocking get/put/join; Semaphore and Barrier across threads; threading.local per
# thread; current_thread()/get_ident() inside threads. Output is ordered by
# synchronisation only, never by timing.
import queue
import threading
import time

log = []
go = threading.Event()


def waiter(n):
    log.append(f'w{n} waits')
    go.wait()
    log.append(f'w{n} runs')


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
time.sleep(0.02)
print(sorted(log), threading.active_count())
log.append('main sets')
go.set()
for t in ts:
    t.join()
print(log[3], sorted(log[4:]), [t.is_alive() for t in ts], threading.active_count())

# join() waits for a sleeping thread; a join with a timeout gives up first.
done = []
sleeper = threading.Thread(target=lambda: (time.sleep(0.05), done.append('slept')))
sleeper.start()
sleeper.join(0.001)
print('after short join', sleeper.is_alive(), done)
sleeper.join()
print('after join', sleeper.is_alive(), done)

# A Lock held by the main thread blocks the worker until released.
lock = threading.Lock()
order = []
lock.acquire()


def taker():
    order.append('worker tries')
    with lock:
        order.append('worker has the lock')


t = threading.Thread(target=taker)
t.start()
time.sleep(0.02)
order.append('main releases')
lock.release()
t.join()
print(order)
print(lock.acquire(timeout=0.01), lock.locked())
lock.release()

# A busy loop does not keep a sleeping thread from running.
flag = []


def busy():
    n = 0
    while not flag:
        n += 1


def setter():
    time.sleep(0.02)
    flag.append(True)


b = threading.Thread(target=busy)
s = threading.Thread(target=setter)
b.start()
s.start()
b.join()
s.join()
print('busy thread stopped', flag)

# Condition: a consumer waits for items a producer adds.
cond = threading.Condition()
items = []
consumed = []


def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))


def producer():
    for i in range(5):
        with cond:
            items.append(i * i)
            cond.notify()
        time.sleep(0.001)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print('consumed', consumed)
with cond:
    print('wait timed out:', cond.wait(0.01))

# queue.Queue: workers block in get() until items arrive; join() waits for task_done.
q = queue.Queue()
results = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        results.append(item * 10)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for i in range(6):
    q.put(i)
q.join()
print('queue results', sorted(results), q.unfinished_tasks)
for w in workers:
    q.put(None)
for w in workers:
    w.join()
bounded = queue.Queue(maxsize=1)
bounded.put('a')
got = []
t = threading.Thread(target=lambda: got.append(bounded.get()))
t.start()
bounded.put('b')  # waits until the thread took 'a'
t.join()
print('bounded', got, bounded.get_nowait())
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')

# Semaphore limits how many threads are inside at once.
sem = threading.Semaphore(2)
inside = []
peak = []


def limited():
    with sem:
        inside.append(1)
        peak.append(len(inside))
        time.sleep(0.005)
        inside.pop()


ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('semaphore peak', max(peak), len(peak))

# Barrier: every party leaves once all three arrived; the action runs once.
arrived = []
bar = threading.Barrier(3, action=lambda: arrived.append('action'))


def party(n):
    arrived.append(n)
    bar.wait()
    arrived.append('left')


ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('barrier', sorted(map(str, arrived[:4])), arrived[4:], bar.broken, bar.n_waiting)

# Per-thread identity and data.
data = threading.local()
data.name = 'main'
seen = []


def who():
    me = threading.current_thread()
    seen.append((me.name, me.ident == threading.get_ident(),
                 threading.get_ident() != threading.main_thread().ident,
                 getattr(data, 'name', None)))
    data.name = me.name


t = threading.Thread(target=who, name='helper')
t.start()
t.join()
print(seen, data.name, len(threading.enumerate()))
