# Generators made by the call fast paths (generator expressions with closures,
# generator functions with captured parameters, generator methods called as
# `obj.m()`) and recycled generator payloads: values, refcounts of captured and
# argument objects, gc counts, __del__ order and frames must be CPython's.
import gc
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def genexpr_closure(vec, cols):
    # `vec` is a free variable of the generator expression.
    return set(vec[i] + i for i in cols), tuple(vec[i] - i for i in cols)


print(genexpr_closure([3, 1, 4, 1, 5], range(5)))


def captured_param(x, y):
    # `x` is a cell (captured by the lambda); the generator's frame holds it.
    f = lambda: x * 10
    yield f()
    x += 1
    yield f() + y


print(list(captured_param(2, 5)))

def make_closure_gen(tag):
    obj = Tracked(tag)
    # The generator expression's frame holds the cell, which holds `obj`.
    return (obj.name + str(i) for i in range(2))


g = make_closure_gen("cell")
print("made")
print(list(g))
print("drained")
del g
print("after del")


class Box:
    def __init__(self, items):
        self.items = items

    def each(self, scale):
        for it in self.items:
            yield it * scale

    def frames(self):
        yield sys._getframe().f_code.co_name
        yield sys._getframe(1).f_code.co_name


b = Box([1, 2, 3])
print(list(b.each(2)), sum(b.each(3)))
print(list(b.frames()))
before = sys.getrefcount(b)
it = b.each(1)
print("method gen holds self:", sys.getrefcount(b) - before)
print(next(it), it.gi_frame.f_locals["scale"], it.gi_running)
del it
print("released:", sys.getrefcount(b) - before)

# Many short-lived generators: recycled payloads look like new ones.
gens = [(i for i in range(n)) for n in range(6)]
print([sum(x) for x in gens], len({id(x) for x in gens}))
del gens
for rnd in range(3):
    total = 0
    for k in range(50):
        total += sum(v for v in range(k) if v % 3)
    print("round", rnd, total)


def holder(tag):
    t = Tracked(tag)
    yield 1
    yield t.name


h = holder("in-frame")
next(h)
del h
print("after closing suspended generator")
h2 = holder("finished")
print(list(h2))
del h2
print("end")


def simple():
    yield 1


g = simple()
before = sys.getrefcount(simple)
list(g)
# A finished generator let go of its function (its frame was cleared) but
# keeps its code.
print("function refs after finish:", sys.getrefcount(simple) - before)
print(g.gi_code is simple.__code__, g.gi_frame, g.gi_running)
try:
    next(g)
except StopIteration:
    print("still finished")


def raiser(t):
    yield t.name
    raise KeyError(t.name)


r = raiser(Tracked("raised"))
print(next(r))
try:
    next(r)
except KeyError as e:
    print("caught", e)
print("raiser done")
del r
print("end2")
