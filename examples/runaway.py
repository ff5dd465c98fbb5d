# Runaway recursion: a function that never stops calling itself. mempy ends it with
# CPython's RecursionError and traceback, never with a crash, even when the recursion
# limit is raised past what mempy's value stack can hold. An optional argument sets the
# limit:  mempy --stack-size 10000 examples/runaway.py 1000000
import sys

if len(sys.argv) > 1:
    sys.setrecursionlimit(int(sys.argv[1]))


def countdown(n):
    return countdown(n - 1)   # no base case


countdown(10)
