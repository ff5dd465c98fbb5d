# A generator releases its globals, name and qualname when it dies; a class releases
# its namespace dict. Counted with getrefcount and live memory blocks.
import gc
import sys


def make():
    g = (x for x in [1, 2, 3])
    return g


def blocks_gained(run):
    run()
    gc.collect()
    before = sys.getallocatedblocks()
    run()
    gc.collect()
    return sys.getallocatedblocks() - before


base = sys.getrefcount(globals())
for i in range(100):
    make()
print("globals refs gained:", sys.getrefcount(globals()) - base)


def generators():
    for i in range(1000):
        g = make()
        next(g)


def class_statements():
    for i in range(1000):
        class C:
            pass


def type_calls():
    for i in range(1000):
        D = type("D", (), {"x": 1})


for run in (generators, class_statements, type_calls):
    print(run.__name__, "leak-free:", blocks_gained(run) < 50)
