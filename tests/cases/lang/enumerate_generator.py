# enumerate over a generator in a for loop: the generator frame runs in the caller's loop
# (items, counts, unpacking, break and resume, errors and PEP 479, yield from, the count
# near sys.maxsize, finalizer timing, refcounts, gc counts, traceback).
import gc, sys
def g(n):
    for i in range(n):
        yield i * 10
for i, x in enumerate(g(3)):
    print(i, x)
for t in enumerate(g(3), 5):
    print(t)
e = enumerate(g(4))
for i, x in e:
    if i == 1:
        break
print(next(e), list(e))
def h():
    yield 1
    raise ValueError("boom")
try:
    for i, x in enumerate(h()):
        print(i, x)
except ValueError as ex:
    print("caught", ex)
def k():
    yield 1
    raise StopIteration
try:
    for i, x in enumerate(k()):
        print(i, x)
except RuntimeError as ex:
    print("rt", ex, type(ex.__cause__))
def d():
    yield from g(2)
    yield from enumerate(g(2))
for i, x in enumerate(d()):
    print(i, x)
for i, x in enumerate(g(2), sys.maxsize - 1):
    print(i, x)
class D:
    def __del__(self): print("del D")
def gd():
    x = D()
    yield 1
    yield 2
    print("gen end")
for i, x in enumerate(gd()):
    print("item", i, x)
print("after")
gen = g(3)
for i, x in enumerate(gen):
    print(i, x, sys.getrefcount(gen), gen.gi_running, gen.gi_frame.f_lineno)
def gc_counts():
    def g(n):
        for i in range(n):
            yield [i]
    gc.collect()
    g0 = gc.get_count()[0]
    seen = []
    for i, x in enumerate(g(50)):
        seen.append(gc.get_count()[0] - g0)
    print("unpacked", seen[-5:])
    gc.collect()
    g0 = gc.get_count()[0]
    seen = []
    for t in enumerate(g(50)):
        seen.append(gc.get_count()[0] - g0)
    print("tuples", seen[-5:])
    gc.collect()
    ids = set()
    for t in enumerate(g(5)):
        ids.add(id(t))
    print("one tuple reused:", len(ids))
gc_counts()
def tb():
    yield 1
    1/0
for i, x in enumerate(tb()):
    pass
