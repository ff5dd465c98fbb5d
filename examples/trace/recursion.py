# Runaway recursion: each call pushes a frame on the fixed value stack until the
# recursion limit raises RecursionError.  The stack-depth plot rises, then drops.
import sys

sys.setrecursionlimit(60)


def countdown(n):
    return countdown(n - 1)   # no base case


try:
    countdown(10)
except RecursionError as e:
    print("RecursionError:", e)
