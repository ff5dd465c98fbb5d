# Checks: at exit, CPython first collects (when gc is enabled), then drops __main__ from
# sys.modules; the namespace, in a cycle with the functions and classes defined in it, is
# then collected in one go, so __del__ runs in the collector's order (oldest object first),
# not in the order the names were bound, and cycles the names held go with it.
import gc
import sys


class F:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print("del", self.t)


x = F("x")
y = F("y")
x = F("x2")  # rebinding: x2 is younger than y
a, b = F("a"), F("b")
a.o = b
b.o = a
del b  # the cycle a <-> b is still reachable through `a`
garbage = F("garbage")
garbage.me = garbage
del garbage  # unreachable: collected by the exit collection before anything else
holder = [F("in-list-1"), F("in-list-2")]
if len(sys.argv) > 1:
    gc.disable()
print("end")
