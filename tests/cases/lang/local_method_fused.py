# `x.m()` with `x` a local: LOAD_FAST then LOAD_METHOD on one line (fused by the VM's
# quickening). Instances, a shadowing instance attribute, modules, ints, classes,
# `__getattr__`, the counts, and an unbound local.
import sys
import math


class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def twice(x):
        return 2 * x


class G:
    def __getattr__(self, n):
        return lambda: "dyn:" + n


def calls(c, g):
    m = math
    n = 255
    k = C
    out = []
    for _ in range(3):
        out.append(c.get())
        out.append(m.sqrt(16.0))
        out.append(n.bit_length())
        out.append(k.make(4).get())
        out.append(k.twice(5))
        out.append(g.anything())
        s = "a,b"
        out.append(s.split(","))
    return out


c = C(1)
g = G()
print(calls(c, g))
before = sys.getrefcount(c)
for _ in range(5):
    calls(c, g)
print(sys.getrefcount(c) - before)
c.get = lambda: "shadowed"
print(calls(c, g)[0])
del c.get
print(calls(c, g)[0])
C.get = lambda self: "replaced"
print(calls(c, g)[0])


def unbound():
    if False:
        x = 1
    return x.get()


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def missing(o):
    return o.nope()


missing(C(2))
