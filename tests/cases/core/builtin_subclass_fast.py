# Subclasses of list, dict and set that keep the builtin's constructor and methods:
# made, filled and iterated as CPython does, and the classes that override
# something take their own path.
import sys

class OC(list): pass
class D(dict): pass
class S(set): pass

o = OC()
o.append(1); o.append(2); o.extend([3])
print(type(o).__name__, o, len(o), sys.getsizeof(o) == sys.getsizeof([1, 2, 3]) or "sizes differ")
print([x * 2 for x in o], list(o), sum(o))
for x in o:
    o.append(x) if len(o) < 6 else None
print(o)
d = D(); d["a"] = 1
print(type(d).__name__, d, [k for k in d])
s = S(); s.add(5)
print(type(s).__name__, s, [x for x in s])

class WithIter(list):
    def __iter__(self):
        print("  own __iter__")
        return iter([9, 9])
print([x for x in WithIter([1])])

class WithInit(list):
    def __init__(self, *a):
        print("  own __init__", a)
        super().__init__(*a)
print(WithInit(), WithInit([1, 2]))

class WithNew(list):
    def __new__(cls, *a):
        print("  own __new__")
        return super().__new__(cls)
print(WithNew())

class App(list):
    def append(self, x):
        print("  own append", x)
        super().append(x * 10)
a = App(); a.append(4); print(a)

m = o.append
m(7)
print(o[-1], len(o))
try:
    list.append(d, 1)
except TypeError as e:
    print("error", e)
try:
    OC(1)
except TypeError as e:
    print("error", e)
try:
    OC(x=1)
except TypeError as e:
    print("error", e)
class Fin(list):
    def __del__(self): print("  del Fin", list(self))
f = Fin(); f.append("x"); del f
print("end")
print("len", len(OC()), len(o), len(d), len(s))
class OwnLen(list):
    def __len__(self): return 42
print("own len", len(OwnLen([1])))
class NoLen(list): pass
NoLen.__len__ = lambda self: 7
print("patched len", len(NoLen([1, 2])))
