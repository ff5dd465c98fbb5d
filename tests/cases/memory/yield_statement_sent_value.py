# A value sent to a `yield` statement (the result thrown away, as in every generator
# expression) lives exactly as long as CPython keeps it: its count inside the
# generator after the yield, its death when the sender lets go, its __del__ order
# against the generator's locals; the same through list()/tuple()/set()/sum()/any()
# draining a generator of yield statements, `yield from` chains, and tracing (a
# 'line' event per statement after each resume).
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def stmt_gen(log):
    while True:
        yield
        log.append(sys.getrefcount(log))
        x = D("local")
        yield x.name
        print("after second yield")


log = []
g = stmt_gen(log)
next(g)
print(g.send(D("sent1")))
print("sent1 gone before this line")
print(next(g))
print(log)
obj = D("held")
print("rc before send", sys.getrefcount(obj))
g.send(obj)
print("rc after send", sys.getrefcount(obj))
del obj
g.close()
print("closed")


def plain(n):
    for i in range(n):
        yield i
        yield -i


print(list(plain(3)), tuple(plain(2)), sorted(set(plain(4))))
print(sum(plain(5)), any(plain(1)), all(plain(2)))
print(list(x * 2 for x in range(4)), set(str(x) for x in range(3)) == {"0", "1", "2"})


def inner():
    got = yield 1
    print("inner got", got)
    yield 2
    yield 3


def outer():
    yield from inner()
    yield 4


print(list(outer()))
o = outer()
print(next(o), o.send("a"), o.send(D("sent-down")), next(o))
print("chain done")

for v in (c for c in "ab"):
    print(v, end=" ")
print()

# Line events after resumes, traced.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - first))
    return tracer


def traced():
    yield 1
    yield 2
    x = yield 3
    yield x


first = traced.__code__.co_firstlineno
t = traced()
lastis = []
sys.settrace(tracer)
lastis.append(next(t))
lastis.append(next(t))
lastis.append(next(t))
lastis.append(t.send("s"))
sys.settrace(None)
print(lastis)
print(events)
u = traced()
print(next(u), next(u), next(u), u.send("z"), u.gi_frame.f_lineno - first)
