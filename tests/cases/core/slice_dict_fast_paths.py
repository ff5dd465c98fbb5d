# Slicing with int/None bounds, dict lookups, stores and deletes with non-str keys,
# `in`, and type(x): the interpreter's fast paths must keep CPython's identities,
# reference counts, equality rules and the order finalizers run in.
import sys

t = (1, 2, 3)
s = "hello"
u = "héllo wörld"
print(t[:] is t, t[0:3] is t, t[::1] is t, t[-100:100] is t, t[1:1] is ())
print(s[:] is s, s[0:5] is s, s[0:] is s, s[1:2] is s[1], u[1:2] is u[1], s[3:3] == "")
print(t[::-1], s[::-2], t[5:1:-1], s[-100:100], u[::3], u[2:9:2], u[-3:])
l = list(range(10))
print(l[2:5], l[::3], l[8:2:-2], l[-2:], l[:-7], l[100:], l[True:3])
print(l[2:5] is l[2:5], type(l[:]) is list, l[:] is l)
big = 10**30
print(l[-big:big], l[big:], t[:-big], s[-big:2])
try:
    l[1:2:0]
except ValueError as e:
    print("ValueError:", e)
try:
    l["a":]
except TypeError as e:
    print("TypeError:", e)

class Idx:
    def __index__(self):
        return 3
print(l[Idx():], s[:Idx()])

# Slice assignment: list, tuple and self sources; replaced items are released
# last to first (list_ass_slice), extended slices in slice order.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __repr__(self):
        return f"V{self.n}"

def fresh():
    return [V(i) for i in range(5)]

a = fresh()
a[0:3] = [7]
print(a)
a[1:] = (8, 9)
print(a)
a[:] = a
print(a)
a[:] = ()
print(a)
a = fresh()
del a[1:4]
print(a)
a = fresh()
del a[::2]
print(a)
a = fresh()
a[::-2] = "xyz"
print(a)
del a
b = [1, 2]
for i in range(3):
    b[len(b):] = [i]
print(b)

# Dicts keyed by ints, floats, bools, tuples, big ints and classes.
d = {}
for i in range(300):
    d[i] = i * i
    d[(i, -i)] = i
print(len(d), d[299], d[(5, -5)], (5, -5) in d, (5, 5) in d, 2**70 in d)
d[1.0] = "float"
d[True] = "bool"
print(d[1], len(d))
del d[1.0]
print(1 in d, True in d, len(d))
nan = float("nan")
d[nan] = "nan"
print(d[nan], float("nan") in d)
d[2**70] = "big"
d[(1, (2, 3))] = "nested"
print(d[2**70], d[2.0**70], d[(1, (2, 3))], d[(1.0, (2, 3.0))])
for k in [0, (0, 0), 2**70, int, str]:
    d[k] = "x"
print(d[int], d[str], d[(0, 0)], len(d))
del d[int], d[(0, 0)]
print(int in d, (0, 0) in d, len(d))
try:
    del d[(9999, 0)]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    print(d[(1, [2])])
except TypeError as e:
    print("TypeError:", e)

# An instance key whose __eq__ matches an int key of equal hash.
class Eq:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        print("Eq.__eq__", other)
        return other == 5
e = {5: "five"}
print(e[Eq()], Eq() in e)
e[Eq()] = "again"
print(e)

# Values and keys freed by a store and a delete, and their counts.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __del__(self):
        print("del K", self.n)
vals = {1: V(10), 2: V(11)}
vals[1] = V(12)
del vals[2]
print(sorted(vals))
key = (1000, 2000)
holder = {key: 1}
print(sys.getrefcount(key))
del holder[(1000, 2000)]
print(sys.getrefcount(key))

# type(x)
x = 1.5
print(type(x), type(type), type(None), type(V(99)).__name__, sys.getrefcount(type(V)) > 1)
print(frozenset({int, str}).__contains__(type(3)), type(3) in {int: 1}, {int: 1}[type(3)])
