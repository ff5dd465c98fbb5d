# Python functions and classes called by native code (sort keys, map, comparisons,
# filter, callbacks) through the frame push the dispatch loop uses: results, errors
# and their tracebacks, class construction, the recursion limit and tracing events.
import sys


class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "P(%d)" % self.v


def key(x, scale=1):
    return -x * scale


print(sorted(range(6), key=key), list(map(P, [1, 2])), list(filter(lambda x: x % 2, range(7))))
print(max([3, 1, 2], key=lambda v: (v % 3, v)), min("bca", key=str.upper))


def bad(x):
    return 1 / x


try:
    sorted([1, 0], key=bad)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def nest(n):
    return sorted([n], key=lambda v: nest(v + 1))


try:
    nest(0)
except RecursionError as e:
    print("RecursionError:", e)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("key", "P.__init__", "__init__"):
        events.append((event, frame.f_code.co_name))
    return tracer


sys.settrace(tracer)
sorted([1, 2], key=key)
list(map(P, [3]))
sys.settrace(None)
print(events)
list(map(bad, [0]))
