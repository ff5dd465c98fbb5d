# Checks: generator functions, lazy evaluation order, send, return value via StopIteration, yield from, generator expressions.
def gen(n):
    print(" start")
    for i in range(n):
        print(" yield", i)
        yield i
    print(" end")
    return "done"
g = gen(2)
print("created", type(g).__name__)
print("next", next(g))
print("rest", list(g))
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
e = echo()
print("send", next(e), e.send(5), e.send(10))
try:
    e.send(None)
except StopIteration as s:
    print("StopIteration value", s.value)
def inner():
    yield 1
    yield 2
    return "inner-ret"
def outer():
    r = yield from inner()
    yield r
print("yield from", list(outer()))
print("genexpr", sum(x * x for x in range(5)), list(x for x in "ab"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print("infinite", [next(f) for _ in range(10)])
print("exhausted", next(iter([]), "default"))
