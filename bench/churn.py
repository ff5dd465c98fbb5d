# Benchmark: many short-lived objects and small reference cycles, then gc.collect().
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.peer = None
total = 0
for i in range(600_000):
    a = Node(i)
    b = Node(i + 1)
    total += a.v + b.v
    if i % 4 == 0:
        a.peer = b
        b.peer = a
    t = (a, [b], {"k": i})
    total += len(t)
print(total, gc.collect() >= 0)
