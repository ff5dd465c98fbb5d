# sys.getsizeof of a deque follows CPython's 64-slot blocks: the size after
# appends, pops, extends, rotations, insertions and repetitions; subclasses, gc
# tracking and cycles through deques.
import gc
import sys
from collections import deque

for n in [0, 1, 32, 33, 63, 64, 65, 1000]:
    print(n, sys.getsizeof(deque(range(n))))
d = deque()
sizes = []
for i in range(140):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)), sizes.index(1288), sizes.index(1816))
while d:
    d.popleft()
print(sys.getsizeof(d))
d = deque()
for i in range(100):
    d.appendleft(i)
print(sys.getsizeof(d))
for i in range(99):
    d.pop()
print(sys.getsizeof(d), d.__sizeof__())
d = deque(range(100), 70)
d *= 3
print(sys.getsizeof(d), len(d))
d.rotate(33)
d.insert(5, 'x') if len(d) < 70 else d.pop()
del d[10]
print(sys.getsizeof(d), sys.getsizeof(iter(d)), sys.getsizeof(reversed(d)))


class D(deque):
    pass


class S(deque):
    __slots__ = ('a',)


print(sys.getsizeof(D()), sys.getsizeof(S()), sys.getsizeof(D(range(100))))
print(gc.is_tracked(deque()))
gc.collect()
c = deque()
c.append(c)
del c
print(gc.collect())


class Node:
    def __init__(self):
        self.q = deque([self])


n = Node()
del n
print(gc.collect())
