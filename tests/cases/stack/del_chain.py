# Checks: freeing a 1,000,000-long linked list whose nodes have __del__ (and plain/slotted/list chains) runs every finalizer without native recursion.
class Node:
    count = 0
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        Node.count += 1
head = None
for i in range(1000000):
    head = Node(head)
del head
print("finalized", Node.count)
class P:
    __slots__ = ("n",)
head = None
for i in range(1000000):
    p = P()
    p.n = head
    head = p
del head, p
print("slots chain freed")
l = None
for i in range(1000000):
    l = [l, i]
del l
print("list chain freed")
