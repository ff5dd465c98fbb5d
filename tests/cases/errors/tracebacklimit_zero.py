# sys.tracebacklimit = 0 leaves only the exception line, without the heading.
import sys
sys.tracebacklimit = 0

def f():
    return {}["k"]

print("before")
f()
