# A priority queue with heapq: tuples (priority, task) in a list kept as a heap.
import heapq

tasks = []
heapq.heappush(tasks, (3, "write report"))
heapq.heappush(tasks, (1, "fix bug"))
heapq.heappush(tasks, (2, "review"))
while tasks:
    prio, name = heapq.heappop(tasks)   # the popped tuple is freed after unpacking
    print(prio, name)
