# Recursion and the recursion limit: results, a runaway recursion caught as RecursionError,
# and a raised limit. Run with `mempy examples/recursion.py`; the output matches python3.
import sys


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print("factorial(10) =", factorial(10))
print("factorial(30) =", factorial(30))
print("digits in factorial(500):", len(str(factorial(500))))

# Part 1: a function that never stops calling itself. Each call takes one level of the
# recursion limit (1000 by default); the module frame takes one more, so the deepest
# call that runs is number limit - 1.
print("recursion limit:", sys.getrecursionlimit())
deepest = 0


def runaway(n):
    global deepest
    deepest = n
    return runaway(n + 1)


try:
    runaway(1)
except RecursionError as e:
    print("caught RecursionError:", e)
    print("depth reached:", deepest)

# The program carries on with the full stack afterwards.
print("still fine: factorial(20) =", factorial(20))

# Part 2: raising the limit lets legitimate deep recursion through.
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


try:
    count_down(5000)
except RecursionError:
    print("count_down(5000) needs a higher limit")
sys.setrecursionlimit(20000)
print("limit raised to", sys.getrecursionlimit())
print("count_down(5000) =", count_down(5000))
deepest = 0
try:
    runaway(1)
except RecursionError as e:
    print("runaway stops again:", e, "at depth", deepest)
sys.setrecursionlimit(1000)
