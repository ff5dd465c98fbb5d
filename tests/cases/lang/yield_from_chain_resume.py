# Values travelling down and up chains of `yield from` (recursive generators, as a
# tree walk): every delegating frame is resumed in order, so frames seen from the
# innermost generator, gi_running / gi_yieldfrom of the delegators, values sent
# down the chain, exceptions thrown into it and raised out of it, and __del__
# timing must be CPython's.
import sys


class Node:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


tree = build(0, 20)
print(list(tree), sum(tree))
for rnd in range(2):
    print([v for v in tree if v % 3 == 0])


def chain(depth, log):
    if depth == 0:
        f = sys._getframe()
        names = []
        while f is not None and len(names) < 6:
            names.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        log.append(names)
        got = yield "leaf"
        log.append(("leaf got", got))
        got = yield "leaf again"
        log.append(("leaf got", got))
        return "leaf done"
    r = yield from chain(depth - 1, log)
    log.append(("level", depth, r))
    return depth


log = []
g = chain(3, log)
print(next(g), g.gi_running, g.gi_yieldfrom.gi_code.co_name)
print(g.send("one"))
try:
    g.send("two")
except StopIteration as e:
    print("stop", e.value)
for entry in log:
    print(entry)


def watcher(outer):
    # The outermost generator is running while its delegate runs.
    yield outer.gi_running
    yield outer.gi_yieldfrom is not None


def delegating():
    yield from watcher(me)


me = delegating()
print(list(me))


def thrower_leaf():
    try:
        yield 1
    except KeyError as e:
        yield "caught %s" % e
    yield 3


def thrower_mid():
    x = yield from thrower_leaf()
    yield ("mid", x)


t = thrower_mid()
print(next(t), t.throw(KeyError("k")), next(t), next(t))


def failing_leaf(n):
    yield n
    raise ValueError("leaf %d" % n)


def failing_mid(n):
    try:
        yield from failing_leaf(n)
    except ValueError as e:
        yield "mid saw " + str(e)


print(list(failing_mid(4)))


def uncaught(n):
    yield from failing_leaf(n)


try:
    for v in uncaught(5):
        print("value", v)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("raised", e, names)


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holds(name):
    t = Tracked(name)
    yield t.name


def outer_holder():
    yield from holds("inner-local")
    print("inner finished")
    yield "after"


print(list(outer_holder()))


def framed(depth):
    if depth == 0:
        for k in range(2):
            f = sys._getframe(1)
            yield (k, f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno)
        return
    yield from framed(depth - 1)


for item in framed(3):
    print(item)
