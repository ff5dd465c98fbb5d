import sys
def g(n):
    for i in range(n):
        x = yield i
        print("sent", x, end="; ")
    return "r"
print(list(g(3)))
print(tuple(x * 2 for x in range(5)), sorted(x % 3 for x in range(7)), "-".join(str(i) for i in range(4)))
def inner():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from inner()
    yield r
    yield from [7, 8]
print(list(outer()))
def bad():
    yield 1
    raise ValueError("boom")
try:
    list(bad())
except ValueError as e:
    print("caught", e)
def stop():
    yield 1
    raise StopIteration
try:
    tuple(stop())
except RuntimeError as e:
    print("RT", e)
it = g(4)
print(next(it))
print(list(it), list(it))
def nested():
    yield list(y for y in range(3))
    yield tuple(list(z for z in "ab"))
print(list(nested()))
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end="; ")
def mk():
    for i in range(3):
        yield D(i)
r = list(mk()); print(); del r; print()
gi = (x for x in range(3))
print(list(gi), gi.gi_frame, list(gi))
def running():
    yield list(rg)
rg = running()
try:
    list(rg)
except ValueError as e:
    print(e)
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield from range(3)
print(list(deep(50)))
print(sys.getrefcount(object()))
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("g",):
        print(event, frame.f_code.co_name, arg)
    return tracer
def g():
    yield 1
    sys.settrace(tracer)
    yield 2
    yield 3
print(list(g()))
sys.settrace(None)
def sub():
    yield 1
    sys.settrace(tracer)
    yield 2
    yield 3
def g():
    yield from sub()
print(list(g()))
sys.settrace(None)
