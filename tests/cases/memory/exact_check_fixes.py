# Leaks and over-decrefs the exact heap check (issue 15) found, each shown where it is
# observable: a count that must come back to where it was after the operation.
import gc
import math
import sys


def delta(label, probe, action, times=3):
    action()  # a first run may fill caches
    gc.collect()
    before = sys.getrefcount(probe)
    for _ in [None] * times:
        action()
    gc.collect()
    print(label, sys.getrefcount(probe) - before)


def swallow(f, *exc):
    def run():
        try:
            f()
        except exc as e:
            pass
    return run


# A code object's constants die with it (exec'd code, its functions).
marker = "exactcheckconstant"


def exec_def():
    exec("def f():\n    return 'exactcheckconstant'\nf()\n", {})


delta("exec'd constants:", marker, exec_def)


# math.prod stopped by an error releases the items it collected.
class Ix:
    def __index__(self):
        return 65


ix = Ix()
delta("math.prod error:", ix, swallow(lambda: math.prod([ix, 2]), TypeError))

# set.difference_update with a bad argument releases the set it worked on.
s = {1, 2, 3}
delta("set update error:", s, swallow(lambda: s.difference_update(5), TypeError))


# sys.getsizeof drops the result of a user __sizeof__.
class Sized:
    def __init__(self):
        self.n = 10**6

    def __sizeof__(self):
        return self.n


sz = Sized()
delta("getsizeof result:", sz.n, lambda: sys.getsizeof(sz))

# A mapping pattern with a repeated key: its sentinel object owns its class.
class Key:
    a = "k"
    b = "k"


def dup_key():
    match {"k": 1}:
        case {Key.a: 1, Key.b: 2}:
            pass


delta("mapping pattern error:", object, swallow(dup_key, ValueError))


# A metaclass that is a plain function (no __prepare__): the lookup's error is dropped.
def meta(name, bases, ns):
    return type(name, bases, ns)


def make_class():
    class G(metaclass=meta):
        pass


delta("function metaclass:", AttributeError, make_class)

# complex() with no argument.
z = 0
delta("complex():", z, complex, times=5)

# gc.garbage and gc.callbacks are held by the collector and by the gc module.
print("gc lists:", sys.getrefcount(gc.garbage), sys.getrefcount(gc.callbacks))

# Error paths of builtins and library functions release what they hold.
big = 10**12
delta("sum(non-iterable, start):", big, swallow(lambda: sum(0, big), TypeError))
fs = frozenset({1, 2})
delta("frozenset fold error:", fs, swallow(lambda: fs.union(5), TypeError))
pt = [1.5, "x"]
delta("math.dist error:", pt[1], swallow(lambda: math.dist(pt, pt), TypeError))

import heapq

top = 10**15


def bad_heappop():
    h = [top, "s", 3]
    heapq.heappop(h)


delta("heappop error:", top, swallow(bad_heappop, TypeError))
delta("heapq.merge error:", top, swallow(lambda: list(heapq.merge([top], ["s"])), TypeError))
for call in (lambda: [1].__contains__(), lambda: {}.__getitem__(), lambda: {}.__setitem__(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
