# Checks: uncaught IndexError traceback from a method call chain.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def peek(self):
        return self.items[-1]
    def pop_two(self):
        a = self.peek()
        self.items.pop()
        return a, self.peek()
s = Stack()
s.push(1)
print("peek", s.peek())
s.pop_two()
