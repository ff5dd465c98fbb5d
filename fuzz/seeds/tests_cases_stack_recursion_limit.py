# Checks: default recursion limit, how deep plain recursion gets before RecursionError (caught), and the message.
import sys
print("limit", sys.getrecursionlimit())
depth = 0
def down(n):
    global depth
    depth = n
    down(n + 1)
try:
    down(1)
except RecursionError as e:
    print("caught:", e)
    print("reached depth within limit", 900 < depth < 1000)
print("still running", sum(range(10)))
