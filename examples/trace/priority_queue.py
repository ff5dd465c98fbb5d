# A priority queue with heapq: (priority, task) tuples in a list kept as a heap.
import heapq

tasks = []
for prio, name in [(3, "write report"), (1, "fix bug"), (2, "review")]:
    heapq.heappush(tasks, (prio, name))  # a new tuple; the list holds its reference
while tasks:
    prio, name = heapq.heappop(tasks)  # the popped tuple is freed after unpacking
    print(prio, name)
