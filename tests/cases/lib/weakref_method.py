# weakref.WeakMethod: holds a bound method's object and function weakly, rebuilds the
# method on call, dies (calling its callback once, with itself) when either dies;
# equality while alive, identity once dead, and the hash kept from when alive.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def other(self):
        return -self.n

    def __eq__(self, other):
        return isinstance(other, Obj) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


calls = []
x, y = Obj(1), Obj(1)
a = weakref.WeakMethod(x.get, calls.append)
b = weakref.WeakMethod(y.get)
c = weakref.WeakMethod(x.other)
print(a()(), a().__self__ is x, a == b, a != b, a == c, a != x.get)
ha = hash(a)
print(ha == hash(b) == hash(1))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

del x
gc.collect()
print(a(), calls == [a], a == a, a == c, a != c, hash(a) == ha)


class D(Obj):
    def get(self):
        return 6


z = D(2)
m = weakref.WeakMethod(z.get, calls.append)
print(m()())
del D.get
gc.collect()
print(m(), len(calls), calls[-1] is m)
del z
gc.collect()
print(len(calls))

# No cycle through the WeakMethod itself: only `calls` keeps it alive.
wr = weakref.ref(m)
del m
print(wr() is calls[-1])
calls.clear()
print(wr())
