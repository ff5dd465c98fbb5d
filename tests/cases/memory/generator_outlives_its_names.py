# A running generator whose every name was deleted keeps running: the loop (or
# next(), or a native consumer) that resumed it holds it until its frame is off the
# stack, then it dies at once, with its locals (their __del__ runs then).
import sys


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def gen():
    global it
    local = Noisy("local")
    del it  # the for loop's reference remains
    yield 1
    print("refs while running:", sys.getrefcount(local))
    yield 2


it = gen()
for x in it:
    print("got", x)
print("loop done")


def sub():
    global s
    del s
    n = Noisy("sub local")
    yield "a"
    yield "b"


def outer():
    yield from s
    yield "c"


s = sub()
print(list(outer()))


def g2():
    global h
    del h
    yield 10
    yield 20


h = g2()
print(sum(h))
print(tuple(x.tag * 2 for x in (Noisy("t1"), Noisy("t2")) if x.tag))
print("end")
