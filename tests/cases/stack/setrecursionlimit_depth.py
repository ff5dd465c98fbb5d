# Checks: setrecursionlimit reports CPython's recursion depth (frames + the call itself), OverflowError for huge ints, argument errors.
import sys
print(sys.getrecursionlimit())
for v in [1, 2, True, 10**20, -10**20, 2**31, 0]:
    try:
        sys.setrecursionlimit(v)
        print("set", v, sys.getrecursionlimit())
    except (RecursionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
def at_depth(n, lim):
    if n:
        return at_depth(n - 1, lim)
    try:
        sys.setrecursionlimit(lim)
        return "set %d" % lim
    except RecursionError as e:
        return str(e)
for lim in [10, 52, 53, 54, 60]:
    print(at_depth(50, lim))
    sys.setrecursionlimit(1000)
for args in [(), (1, 2)]:
    try:
        sys.setrecursionlimit(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.setrecursionlimit(n=5)
except TypeError as e:
    print("TypeError", e)
print(sys.getrecursionlimit())
