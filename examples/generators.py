"""Generators: lazy sequences whose frames live on the heap, not on the value stack.

Calling a generator function runs nothing: mempy moves the new frame into a generator
object in the heap. Each next() pushes that frame back onto the value stack, runs it
to the next `yield`, and saves it to the heap again.
"""
import sys


def countdown(n):
    print("  (starting)")
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


g = countdown(3)
print("created:", type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i == n:
            return
        yield x


print("fib:", list(take(10, fib())))


def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


a = averager()
next(a)
print("running averages:", [a.send(x) for x in [10, 20, 60]])


def chain(*iterables):
    for it in iterables:
        yield from it


print("chained:", list(chain("ab", range(3), [None])))

squares = (x * x for x in range(1_000_000))
print("generator expression size:", sys.getsizeof(squares) < sys.getsizeof(list(range(100))))
print("sum of first million squares:", sum(squares))


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")


gen = guarded()
print(next(gen))
gen.close()
print("closed")
