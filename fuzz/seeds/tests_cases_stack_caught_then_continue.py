# Checks: after catching RecursionError the interpreter keeps working normally, repeatedly, incl. deep-but-legal recursion.
import sys
def f(n):
    return f(n + 1)
for attempt in range(3):
    try:
        f(0)
    except RecursionError:
        print("attempt", attempt, "caught RecursionError")
def legal(n):
    return 0 if n == 0 else 1 + legal(n - 1)
print("legal depth 900", legal(900))
sys.setrecursionlimit(3000)
print("raised limit", sys.getrecursionlimit(), "depth 2500", legal(2500))
try:
    legal(5000)
except RecursionError as e:
    print("over new limit:", e)
print("done")
