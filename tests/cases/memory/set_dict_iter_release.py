# A set or dict iterator lets go of its container when it is exhausted (CPython's
# setiter_iternext / dictiter_iternext* at `fail`), in a `for` loop and through
# next()/list(), and when a dict's keys changed; a size change keeps it (sticky
# error). The exhausted iterator keeps its type, size, length hint and reduce.
import sys

s = {1, 2, 3}
it = iter(s)
print(sys.getrefcount(s), list(it), sys.getrefcount(s))
print(it.__length_hint__(), it.__reduce__(), sys.getsizeof(it), type(it).__name__)

f = frozenset([4, 5])
for x in f:
    pass
print(sys.getrefcount(f))
for x in frozenset(range(20)):
    pass

d = {1: 2, 3: 4}
for k in d:
    pass
print(sys.getrefcount(d))
di = iter(d.items())
print(sys.getrefcount(d), list(di), sys.getrefcount(d))
print(di.__length_hint__(), di.__reduce__(), sys.getsizeof(di), type(di).__name__)
dv = iter(d.values())
for v in dv:
    pass
print(sys.getrefcount(d))
for k, v in d.items():
    pass
print(sys.getrefcount(d))

d = {1: 2, 3: 4}
di = iter(d)
next(di)
del d[1]
d[5] = 6
for _ in range(3):
    try:
        print(next(di))
    except Exception as e:
        print(type(e).__name__, e, sys.getrefcount(d))

d = {1: 2}
di = iter(d)
next(di)
d[7] = 8
for _ in range(2):
    try:
        next(di)
    except RuntimeError as e:
        print(e, sys.getrefcount(d))

s = {1, 2}
si = iter(s)
next(si)
s.add(9)
for _ in range(2):
    try:
        next(si)
    except RuntimeError as e:
        print(e, sys.getrefcount(s))


class D:
    def __del__(self):
        print("del", self.n)

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n


box = {D(1), D(2)}
for x in box:
    pass
del x
print("loop over")
it = iter(box)
del box
for x in it:
    pass
del x
print("after loop")
print("end")
