# `a, b = x, y` with one to three items compiles without a tuple (CPython's
# BUILD_TUPLE/UNPACK_SEQUENCE -> SWAP peephole): evaluation and store order
# must stay CPython's.
import sys


class Rec:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


def val(tag, v):
    print("eval", tag)
    return v


a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
[x] = val("only", 5),
print(x)
r = Rec()
r.p, r.q = val("p", 10), val("q", 20)
r.p, r.q, r.s = r.q, r.p, val("s", 0)
d = {}
d["k"], d["j"] = val("k", 1), val("j", 2)
print(d)
[m, n] = val("m", 3), val("n", 4)
print(m, n)


def fib(k):
    u, v = 0, 1
    for _ in range(k):
        u, v = v, u + v
    return u


print(fib(90))
big = 10 ** 30
u = big + 1
w, z = u, u
print(w is z, sys.getrefcount(u))
try:
    e, f = val("e", 1), val("f", 2), val("g", 3)
except ValueError as err:
    print("ValueError", err)
t = (1, 2)
p, q = t
print(p, q)
