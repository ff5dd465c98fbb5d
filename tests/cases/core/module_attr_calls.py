# Calls of module functions and of non-method attributes (`math.sqrt(x)`,
# `obj.callback(x)`): the cached module lookup must follow rebinding and deletion,
# equal-but-distinct keys, module __getattr__, and errors must point at the call.
import math
import sys
import types

def roots(n):
    return [math.sqrt(i) for i in range(n)]

print(roots(5))
saved = math.sqrt
math.sqrt = lambda x: -x
print(roots(3))
del math.sqrt
try:
    roots(2)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = saved
print(roots(2))

m = types.ModuleType("m")
m.__dict__["".join(["f", "n"])] = lambda *a: ("fn", a)
def call_fn():
    return m.fn(1, 2)
print(call_fn(), call_fn())
m.__getattr__ = lambda name: (lambda *a: ("dyn", name, a))
print(m.other(3), m.fn(4))
m.fn = len
print(call_fn.__name__, m.fn("abc"))
print(m.__dict__ is m.__dict__, m.__class__, math.__name__)

class Box:
    def __init__(self):
        self.cb = self.twice
        self.ext = abs
    def twice(self, x):
        return 2 * x
b = Box()
print(b.cb(4), b.ext(-3), [b.cb(i) for i in range(3)])
b.cb = print
b.cb("printed", "through", "an", "attribute")

def bad():
    return math.factorial(-1)
try:
    bad()
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_lineno)
print(sys.getrefcount(b.ext) > 1)
math.log(0)
