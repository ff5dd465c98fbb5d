# A suspended generator keeps its locals and its evaluation stack: values pushed
# before a yield (an unfinished list display, call arguments, a for loop's iterator)
# come back intact on resume, through `yield from` chains of several depths, and
# gi_frame.f_locals shows the saved locals while suspended.
import sys


def leaf(tag):
    got = yield tag + ":1"
    got2 = yield tag + ":2:" + str(got)
    return [tag, got, got2]


def mid(depth):
    a, b = "a%d" % depth, "b%d" % depth
    if depth == 0:
        r = yield from leaf("leaf")
    else:
        r = yield from mid(depth - 1)
    return [a, b, r]


def wide():
    # Stack values below the yields: a list display and call arguments in progress.
    x = [1, 2, (yield "first"), 4, max(5, (yield "second"), 6)]
    for i in range(3):
        x.append((yield i) + i)
    return x


g = mid(3)
print(g.send(None))
print(g.send("s1"))
try:
    g.send("s2")
except StopIteration as e:
    print("returned", e.value)

w = wide()
print(next(w), w.send(3), w.send(9))
print(sorted(k for k in w.gi_frame.f_locals))
print(w.send(10), w.send(20))
try:
    w.send(30)
except StopIteration as e:
    print("wide returned", e.value)


def chain(n):
    if n == 0:
        yield from range(3)
        return
    local = [n] * n
    yield from chain(n - 1)
    yield len(local)


print(list(chain(6)))
print(sum(chain(20)))
c = chain(4)
next(c)
print(sys.getsizeof(c) > 0, c.gi_running, c.gi_suspended, c.gi_frame.f_locals["n"])
print([x for x in c])
