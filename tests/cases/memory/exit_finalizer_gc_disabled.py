# Checks: at exit with the collector disabled, no first collection runs: dropping __main__
# from sys.modules leaves its namespace (a cycle with its functions) to the one collection
# finalize_modules always runs, which finalizes everything, the unreachable cycle too, in
# the collector's order.
import gc


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
gc.disable()
print("end")
