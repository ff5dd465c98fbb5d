# `for x in gen` runs the generator's frame in the caller's evaluation loop; every
# observable behaviour must stay CPython's: values, gi_running, exceptions and
# their tracebacks, PEP 479, finalisation of abandoned generators, recursion.
import sys

def count(n):
    for i in range(n):
        yield i
    return "done"

def pairs(n):
    for a in count(n):
        for b in count(a):
            yield a, b

print(list(pairs(4)), sum(x for x in count(10)))
total = 0
for x in count(5):
    total += x
print(total)

def watcher():
    me = yield_self[0]
    for i in range(3):
        yield me.gi_running, me.gi_frame.f_lineno, sys._getframe(1).f_code.co_name
yield_self = [None]
w = watcher()
yield_self[0] = w
def outer():
    return [t for t in w]
print(outer(), w.gi_running, w.gi_frame)

g = count(6)
for x in g:
    if x == 2:
        break
print(x, next(g), g.send(None), list(g))

def closing(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

for v in closing("a"):
    print("got", v)
for v in closing("b"):
    print("got", v)
    break
print("after break")

def handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print([h for h in handler()])

def fails(n):
    yield n
    yield 10 // n - n
    raise ValueError("bad %d" % n)

def use(n):
    out = []
    for v in fails(n):
        out.append(v)
    return out

for n in (1, 0):
    try:
        use(n)
    except (ValueError, ZeroDivisionError) as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, e, names)

def stops():
    yield 1
    raise StopIteration("inner")
try:
    for v in stops():
        print("v", v)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    yield n
print(sum(deep(300)))
try:
    for x in deep(5000):
        pass
except RecursionError as e:
    print("RecursionError", e)

class Tracked:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def holder():
    t = Tracked(1)
    yield t.n
    u = Tracked(2)
    yield u.n
for v in holder():
    print("item", v)
print("end")
for v in stops():
    print("last", v)
