# Checks: sys.setrecursionlimit argument validation (type, < 1) and round trip of valid values.
import sys
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
for bad in ["100", 1.5, None]:
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print(repr(bad), "TypeError:", e)
sys.setrecursionlimit(50)
print("now", sys.getrecursionlimit())
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print("low limit:", e)
sys.setrecursionlimit(1000)
print("restored", sys.getrecursionlimit())
