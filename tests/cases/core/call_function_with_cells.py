# Calls of functions whose locals are captured by inner functions (cells made at
# the call, parameters among them) take the fast call path: values, cell contents,
# reference counts and unbound-variable errors as CPython.
import sys
def f(x, y=2):
    return [x + y + i for i in range(3)], (lambda: x * y)()
print(f(1), f(1, 5))
def g(a):
    def inner(): return a
    a = a + 1
    return inner()
print(g(1))
class C:
    def __init__(self, v, w=3):
        self.get = lambda: v + w
print(C(1).get(), C(1, 1).get())
def h(x):
    y = [x]
    def k(): return y
    return sys.getrefcount(k()) , k.__closure__[0].cell_contents
print(h(7))
def rec(n):
    fs = [lambda: n for _ in range(2)]
    return n if n == 0 else rec(n - 1) + fs[0]()
print(rec(50))
def unbound():
    def k(): return z
    try: k()
    except NameError as e: print(e)
    z = 1
unbound()
