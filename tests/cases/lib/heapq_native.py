# heapq uses the native _heapq's functions (their __module__ is '_heapq', also for a
# fresh import); _heapq's argument errors; the _max helpers; the Python versions
# (with _heapq blocked) give the same heaps; merge/nlargest/nsmallest.
import sys
import heapq
import _heapq

print([getattr(heapq, n).__module__ for n in
       ("heappush", "heappop", "heapify", "heapreplace", "heappushpop",
        "_heappop_max", "_heapreplace_max", "_heapify_max", "merge", "nlargest")])

calls = [
    lambda: _heapq.heappush([]),
    lambda: _heapq.heappush(None, 1),
    lambda: _heapq.heappush((), 1),
    lambda: _heapq.heappop(None),
    lambda: _heapq.heappop(5),
    lambda: _heapq.heappop(),
    lambda: _heapq.heapify([], []),
    lambda: _heapq.heappush([], 1, x=2),
    lambda: _heapq.heapreplace([], 1),
    lambda: _heapq._heappop_max([]),
    lambda: _heapq.heappop([]),
    lambda: _heapq.heappushpop("ab", 1),
]
for f in calls:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


class Sub(list):
    def __len__(self):
        return 0


h = Sub([5, 3, 8, 1])
_heapq.heapify(h)
print(list(h), _heapq.heappop(h), list(h))

data = [7, 2, 9, 4, 4, 1, 8, 3, 6, 5, 0]
mx = list(data)
_heapq._heapify_max(mx)
print(mx, _heapq._heapreplace_max(mx, 3), _heapq._heappop_max(mx), mx)
print(_heapq.heappushpop([], 4), _heapq.heappushpop([1], 4), _heapq.heappushpop([5], 4))

sys.modules.pop("heapq")
sys.modules["_heapq"] = None
pyheapq = __import__("heapq")
del sys.modules["_heapq"]
print(pyheapq.heappush.__module__, pyheapq.heappush is heapq.heappush)
for mod in (heapq, pyheapq):
    a = list(data)
    mod.heapify(a)
    b = list(data)
    mod._heapify_max(b)
    out = []
    while a:
        out.append(mod.heappop(a))
    print(out, b, mod.nsmallest(3, data), mod.nlargest(3, data, key=lambda x: -x))
    print(list(mod.merge([1, 4, 7], [2, 5], [0, 9])),
          list(mod.merge([7, 4, 1], [5, 2], reverse=True)),
          list(mod.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))

# A big heap goes through the cache-friendly order; the result is still a heap.
big = [(i * 7919) % 5003 for i in range(5003)]
heapq.heapify(big)
print(all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))), big[:5])
