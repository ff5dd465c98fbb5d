# Joins, lock waits and condition waits while the scheduler switches threads at
# nearly every Python function entry: a wake that comes between a waiter's test
# and its park must not be lost (which showed as a false deadlock error).
import sys, threading, queue
sys.setswitchinterval(1e-6)


def spin(n):
    t = 0
    for i in range(n):
        t += i
    return t


joined = 0
for k in range(300):
    t = threading.Thread(target=spin, args=(k % 7,))
    t.start()
    t.join()
    joined += 1
print("joined", joined)

lock = threading.Lock()
count = 0


def bump():
    global count
    for _ in range(200):
        with lock:
            count += 1


ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("count", count)

q = queue.SimpleQueue()
got = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.put(None)
            return
        got.append(item)


cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
for i in range(500):
    q.put(i)
q.put(None)
for c in cs:
    c.join()
print("consumed", len(got), sum(got))

cond = threading.Condition()
ready = []


def waiter():
    with cond:
        while not ready:
            cond.wait()


for _ in range(100):
    ready.clear()
    w = threading.Thread(target=waiter)
    w.start()
    with cond:
        ready.append(1)
        cond.notify_all()
    w.join()
print("conditions done")

import concurrent.futures as cf


def work(x):
    return x * x


total = 0
for _ in range(20):
    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        fs = [ex.submit(work, i) for i in range(5)]
        cf.wait(fs)
        total += sum(f.result() for f in fs)
        total += sum(ex.map(work, range(4)))
print("pools", total)
