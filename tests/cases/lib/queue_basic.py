# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue in single-threaded use; Empty/Full
# from the non-blocking calls and from blocking calls with a (tiny) timeout.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize, list(q.queue))
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__name__)
try:
    q.get(timeout=0.001)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", block=False)
except queue.Full:
    print("Full again")
try:
    b.put("c", timeout=0.001)
except queue.Full:
    print("Full after timeout")
try:
    b.put("c", True, -0.5)
except ValueError as e:
    print("ValueError:", e)
print(b.get(), b.get(), b.empty())

# task tracking
t = queue.Queue()
for w in ["x", "y"]:
    t.put(w)
print(t.unfinished_tasks)
while not t.empty():
    item = t.get()
    t.task_done()
print(t.unfinished_tasks)
t.join()
try:
    t.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print(lq.qsize(), lq.queue, [lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "alpha")]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print(out)
pq2 = queue.PriorityQueue(maxsize=1)
pq2.put(5)
print(pq2.full())

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=0.001)
except queue.Empty:
    print("SimpleQueue Empty after timeout")

# subclass through the storage hooks, as the docs suggest
class DedupQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.seen = set()
    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)
    def _get(self):
        return self.queue.pop(0)

d = DedupQueue()
for v in [1, 2, 1, 3, 2]:
    d.put(v)
print(d.qsize(), d.unfinished_tasks, [d.get() for _ in range(d.qsize())])

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty, queue.Full, queue.Queue[int], queue.SimpleQueue[str])
print(sorted(queue.__all__))

# a producer/consumer loop in one thread
jobs = queue.Queue()
results = []
for n in range(1, 6):
    jobs.put(n * n)
while True:
    try:
        job = jobs.get_nowait()
    except queue.Empty:
        break
    results.append(job + 1)
    jobs.task_done()
print(results, jobs.unfinished_tasks)
