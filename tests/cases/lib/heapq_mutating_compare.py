# heapq: a comparison that changes the heap's size is RuntimeError (list changed size
# during iteration); the compared items are kept alive during the comparison.
import heapq


class SideEffectLT:
    def __init__(self, value, heap):
        self.value = value
        self.heap = heap

    def __lt__(self, other):
        self.heap[:] = []
        return self.value < other.value


heap = []
heap.extend(SideEffectLT(i, heap) for i in range(200))
try:
    heapq.heappop(heap)
except (IndexError, RuntimeError) as e:
    print(type(e).__name__, e)


heap = [3, 1, 2]
heapq.heapify(heap)
print(heapq.heappop(heap), heapq.heappushpop(heap, 0), heap)
