# Calls of functions whose only cells are their closure's (free variables): the
# cells follow the locals, counts are CPython's, and rebinding the outer variable
# is seen by the next call.
import sys
def outer():
    k = 10
    big = [1000]
    def add(x, y=1):
        return x + y + k
    def peek():
        return sys.getrefcount(big)
    r = [add(i) for i in range(3)] + [add(1, 2)]
    k = 20
    r.append(add(0))
    return r, peek(), (lambda: big)() is big
print(outer())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c.__closure__[0].cell_contents)
class C:
    def __init__(self, v):
        self.v = v
def make(base):
    class D(C):
        def __init__(self, v):
            self.v = v + base
    return D
print(make(5)(1).v, [make(i)(i).v for i in range(3)])
cell = c.__closure__[0]
cell.cell_contents = 41
print(c(), cell.cell_contents)
del cell.cell_contents
try:
    c()
except NameError as e:
    print("NameError", e)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError", e)
