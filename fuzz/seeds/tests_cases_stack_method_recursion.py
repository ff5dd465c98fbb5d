# Checks: RecursionError through method calls (a linked structure with an accidental cycle) is catchable; message text.
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def length(self):
        return 1 if self.next is None else 1 + self.next.length()
a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next = b, c
print("length", a.length())
c.next = a
try:
    a.length()
except RecursionError as e:
    print("cycle ->", type(e).__name__, e)
print("ok")
