# Many short-lived threads, several at a time, each building and dropping containers:
# results, join order and the objects left afterwards are the same as CPython's (the
# carriers' allocator caches and malloc arenas are an implementation detail).
import threading, gc
results = {}
lock = threading.Lock()
def work(k, n):
    l = [str(i) * 3 for i in range(n)]
    d = {i: (i, i) for i in range(n)}
    with lock:
        results[k] = len(l) + len(d) + sum(d[n - 1])
for r in range(10):
    ts = [threading.Thread(target=work, args=(r * 5 + j, 500 + j)) for j in range(5)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(r, [results[r * 5 + j] for j in range(5)], threading.active_count())
print(len(results), gc.collect())
