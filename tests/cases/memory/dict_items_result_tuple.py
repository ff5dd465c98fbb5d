# Checks: a dict items iterator makes one (None, None) result tuple when created and hands
# it out again, refilled, whenever nothing else holds it (CPython's di_result): inside
# `for k, v in d.items()` the pair stays in that tuple until the next step (one more
# reference to the value), a tuple kept by the loop variable makes the iterator build new
# ones, and the tuple shows in gc.get_count() once, at the iterator's creation.
import gc
import sys

d = {"a": object(), "b": object()}
for k, v in d.items():
    print("unpacked", sys.getrefcount(v))
for t in d.items():
    print("kept", sys.getrefcount(t), sys.getrefcount(t[1]))
it = iter(d.items())
a = next(it)
print("first", sys.getrefcount(a))
del a
b = next(it)
print("second reuses", sys.getrefcount(b))
del b, it
l = list(d.items())
print("listed", sys.getrefcount(l[0]), sys.getrefcount(l[1]))
for k, v in reversed(d.items()):
    print("reversed", k, sys.getrefcount(v))


def inside():
    for k, v in d.items():
        print("in function", sys.getrefcount(v))
    print([sys.getrefcount(v) for k, v in d.items()])


inside()


class F:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print("del", self.t)


e = {1: F("x"), 2: F("y")}
it = iter(e.items())
k, v = next(it)
del k, v
e.clear()
print("cleared: the result tuple still holds x")
del it
print("iterator gone")
gc.disable()
gc.collect()
c = gc.get_count()[0]
for k, v in d.items():
    pass
print("gc count", gc.get_count()[0] - c)
c = gc.get_count()[0]
r = [p for p in d.items()]
print("gc count kept", gc.get_count()[0] - c)
