import sys, gc
class D:
    def __del__(self): print("del", self.n)
    def __init__(self, n): self.n = n
def f():
    a, b, c = D(1), D(2), D(3)
    print("start")
    a, b, c = D(4), D(5), D(6)
    print("mid")
    x, y = [D(7), D(8)]
    print(sys.getrefcount(x))
    a, b, c = 1, 2, 3
    print("end")
f()
def g(t):
    a, b = t
    return a + b
print(g((1000, 2000)), g([1.5, 2.5]))
try:
    a, b = (1, 2, 3)
except ValueError as e: print(e)
