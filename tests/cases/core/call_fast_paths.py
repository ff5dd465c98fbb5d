# Calls that leave parameters to their defaults, `list.append` run inline, and the
# end of a `for` loop over a list, tuple or range: the same counts and the same
# moment of death as CPython's specialised CALL_PY_WITH_DEFAULTS,
# PRECALL_NO_KW_LIST_APPEND and FOR_ITER.
import sys

class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)

sentinel = object()
def f(a, b=sentinel, c=None, d=[]):
    d.append(a)
    return sys.getrefcount(b), c, len(d)
base = sys.getrefcount(sentinel)
print("defaults", f(1)[0] - base, f(1, 2)[1:], f(1, 2, 3)[1:], f(1, b=sentinel)[0] - base)

class P:
    def __init__(self, x, y=10, z=20): self.v = (x, y, z)
    def m(self, a, b=2): return (a, b)
print("init defaults", P(1).v, P(1, 2).v, P(1, 2, 3).v, P(0).m(5), P(0).m(5, 6))
try:
    P()
except TypeError as e:
    print("error", e)
def g(a, b, c=1): return a
try:
    g(1)
except TypeError as e:
    print("error", e)

print("append to a temporary list")
[].append(D("temp-item"))
print("after temporary")
l = []
l.append(D("kept"))
print("appended", len(l), sys.getrefcount(l[0]))
class MyList(list):
    def append(self, x):
        print("  MyList.append", x)
        super().append(x)
m = MyList()
m.append(5)
class Plain(list): pass
p = Plain()
p.append(6)
print(m, p, type(p).__name__)
try:
    l.append()
except TypeError as e:
    print("error", e)
try:
    l.append(1, 2)
except TypeError as e:
    print("error", e)

def make():
    return [D("list-a"), D("list-b")]
print("loop over a temporary list")
for x in make():
    print("  body", x.name)
    del x
print("after loop")
for x in (D("tuple-a"),):
    pass
del x
print("after tuple loop")
it_seq = [1, 2]
for _ in it_seq:
    pass
print("refcount after loop", sys.getrefcount(it_seq))
total = 0
for i in range(1000, 1003):
    total += i
print("range total", total, i)
for i in range(5, 5):
    print("never")
print("empty range done")
