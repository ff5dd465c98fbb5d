"""A task scheduler on a binary heap (heapq): the *other* meaning of "heap".

Tasks are (priority, order, name) tuples; heapq keeps the smallest at index 0, so the
most urgent task always comes out first, and `order` keeps equal priorities FIFO.
"""
import heapq
import sys

tasks = []
order = 0


def add(priority, name):
    global order
    heapq.heappush(tasks, (priority, order, name))
    order += 1


for prio, name in [(3, "write report"), (1, "fix prod bug"), (2, "review PR"),
                   (1, "reply to pager"), (5, "water plants"), (2, "lunch")]:
    add(prio, name)

print("heap as a list:", [t[2] for t in tasks])
print("next up:", tasks[0][2])
print("two most urgent:", [t[2] for t in heapq.nsmallest(2, tasks)])
print("least urgent:", heapq.nlargest(1, tasks)[0][2])

while tasks:
    prio, _, name = heapq.heappop(tasks)
    print(f"  [{prio}] {name}")
    if name == "review PR":
        add(0, "hotfix found in review")

# heapify turns any list into a heap in place; heappushpop/heapreplace save a step.
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums)
print("heapified:", nums)
print("pushpop 0 ->", heapq.heappushpop(nums, 0), nums)
print("replace 5 ->", heapq.heapreplace(nums, 5), nums)
print("merged:", list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))

# The list object is an ordinary heap *object*: its size follows CPython's growth.
print("getsizeof(heap list):", sys.getsizeof(nums))
