import sys
def leaf(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("leaf got", x)
    return "leafret"

def mid(n):
    r = yield from leaf(n)
    print("mid got", r)
    return r + "!"

def top():
    r = yield from mid(3)
    print("top got", r)
    yield "last"

print(list(top()))
g = top()
print(next(g), g.send("s1"), g.send("s2"))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e)
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

def bad():
    yield 1
    raise KeyError("k")
def d1():
    yield from bad()
def d2():
    try:
        yield from d1()
    except KeyError as e:
        print("d2 caught", repr(e))
        yield "after"
for v in d2():
    print(v)

def stopper():
    yield 1
    raise StopIteration(5)
def d3():
    yield from stopper()
try:
    for v in d3():
        print(v)
except RuntimeError as e:
    print("RT", e, repr(e.__cause__))

async def f(n):
    if n < 2:
        return n
    return await f(n - 1) + await f(n - 2)
c = f(10)
try:
    c.send(None)
except StopIteration as e:
    print("fib", e.value)

def running():
    yield from inner_running()
def inner_running():
    try:
        next(gr)
    except ValueError as e:
        print(e)
    yield 1
gr = running()
print(list(gr))
def count_refs():
    g = leaf(2)
    def d():
        yield from g
    dd = d()
    next(dd)
    print(sys.getrefcount(g), g.gi_running, dd.gi_running, g.gi_frame is not None)
    print(dd.gi_yieldfrom is g)
count_refs()
class D:
    def __del__(self): print("del D")
def owner():
    d = D()
    yield 1
    print("owner end")
def wrap():
    r = yield from owner()
    print("wrap got", r)
for x in wrap():
    print(x)
print("end")
def d3(n):
    if n:
        return (yield from d3(n - 1))
    yield "bottom"
    return 42
g3 = d3(5)
print(next(g3), g3.gi_yieldfrom.gi_yieldfrom is not None)
try:
    next(g3)
except StopIteration as e:
    print("chain returned", e.value, g3.gi_yieldfrom)
async def one():
    return 1
async def many():
    t = 0
    for _ in range(5):
        t += await one()
    return t
try:
    many().send(None)
except StopIteration as e:
    print("awaited", e.value)
def failing(n):
    if n == 0:
        yield 1
        1 / 0
    yield from failing(n - 1)
for v in failing(3):
    print("got", v)
