import weakref
import sys
import gc


class Foo:
    def __init__(self):
        self.x = 1

    def m(self):
        return 'm'


f = Foo()
p = weakref.proxy(f)
print(type(p), weakref.ProxyType, weakref.CallableProxyType, type(p).__name__, p.x, p.m())
p.y = 5
print(f.y, weakref.getweakrefcount(f), sys.getrefcount(f))
del p.y
print(hasattr(f, 'y'))
try:
    hash(p)
except TypeError as e:
    print(e)
del f
try:
    p.x
except ReferenceError as e:
    print('ReferenceError:', e)


class L(list):
    pass


x = L([3, 1, 2])
q = weakref.proxy(x)
print(len(q), q[0], list(q), 3 in q, q == [3, 1, 2], str(q), bool(q))
q.sort()
print(x)
q[0] = 10
print(x)


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o

    def __call__(self, a):
        return a * 2


n = N(3)
r = weakref.proxy(n)
print(r + 1, r(5), type(r))
try:
    weakref.proxy([1])
except TypeError as e:
    print(e)
died = []
n2 = N(1)
r2 = weakref.proxy(n2, lambda ref: died.append('dead'))
del n2
print(died)

s = weakref.WeakSet()
a, b = Foo(), Foo()
s.add(a)
s.add(b)
s.add(a)
print(len(s), a in s, 5 in s, type(s))
del a
print(len(s), list(s) == [b])
c = Foo()
t = weakref.WeakSet([b, c])
print(len(s | t), len(s & t), len(t - s), s <= t, t >= s, s == weakref.WeakSet([b]))
t.discard(c)
print(len(t))
t.remove(b)
try:
    t.remove(b)
except KeyError:
    print('KeyError')
try:
    t.pop()
except KeyError as e:
    print(e)
objs = [Foo() for _ in range(5)]
ws = weakref.WeakSet(objs)
print(len(ws))
del objs[:3]
print(len(ws))
objs.clear()
gc.collect()
print(len(ws), list(ws))
