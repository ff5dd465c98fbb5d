# Inline caches of method loads and class calls must follow every change to the
# classes and instances involved (LoadMethod cache, per-class constructor cache).
import sys


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return ("A.get", self.v)


def call_get(objs):
    # One call site, so one cache entry, sees every case below.
    return [o.get() for o in objs]


a = A(1)
print(call_get([a, a, a]))

# A method replaced on the class after the cache filled.
A.get = lambda self: ("lambda", self.v)
print(call_get([a, a]))


def get2(self):
    return ("get2", self.v)


A.get = get2
print(call_get([a]))

# An instance attribute shadowing the method, set after the cache filled.
b = A(2)
print(call_get([b, b]))
b.get = lambda: "instance attr"
print(call_get([a, b, a]))
del b.get
print(call_get([b]))

# Many attributes (moved to a real __dict__), one of them shadowing.
c = A(3)
for i in range(40):
    setattr(c, "x%d" % i, i)
print(call_get([c]))
c.get = lambda: "dict attr"
print(call_get([a, c, a]))
c.__dict__["get"] = lambda: "dict attr 2"
print(call_get([c]))


# Subclass overriding, and a subclass inheriting.
class B(A):
    def get(self):
        return ("B.get", self.v)


class C(A):
    pass


print(call_get([a, B(4), C(5), a, B(6)]))
del B.get
print(call_get([B(7)]))


# Methods of builtin types through the same cache.
def appender(xs, v):
    xs.append(v)
    return xs


print(appender([], 1), appender([1], 2), appender([], 3))

print(appender([4], 5), appender([6], 7))


# A property and a staticmethod/classmethod named like the call.
class P:
    @staticmethod
    def s(x):
        return ("static", x)

    @classmethod
    def k(cls, x):
        return ("class", cls.__name__, x)


p = P()
for _ in range(3):
    print(p.s(1), p.k(2), P.s(3), P.k(4))


# Class calls: __init__ reassigned after calls.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    return [V(i, -i) for i in range(n)]


print([(v.x, v.y) for v in make(3)])


def init3(self, x, y):
    self.x = x * 100
    self.y = y * 100


V.__init__ = init3
print([(v.x, v.y) for v in make(3)])


class W(V):
    pass


print([(w.x, w.y) for w in [W(1, 2), W(3, 4)]])
del V.__init__
print(type(V()).__name__, type(W()).__name__)


# A class with __new__, and __new__ added to a class after it was called.
class Other:
    def __init__(self, a):
        self.a = ("other", a)


class N:
    def __new__(cls, *args):
        print("N.__new__", args)
        return Other(*args)

    def __init__(self, a):
        print("never runs")


for i in range(2):
    print(N(i).a)


class M:
    def __init__(self, a):
        self.a = a


for i in range(2):
    print(M(i).a)


def m_new(cls, *args):
    print("M.__new__", args)
    return Other(*args)


M.__new__ = m_new
print(M(7).a)


# __init__ returning non-None raises TypeError (after the cache filled).
class R:
    def __init__(self, ret):
        self.ret = ret
        return ret


for ret in [None, None, 5, None, "s"]:
    try:
        print(R(ret).ret)
    except TypeError as e:
        print("TypeError:", e)


# Keyword arguments, defaults, and *args through the cached constructor.
class K:
    def __init__(self, a, b=2, *rest, c=3):
        self.t = (a, b, rest, c)


for _ in range(2):
    print(K(1).t, K(1, 5).t, K(1, 5, 6, 7).t, K(a=9, c=0).t)


# Subclass constructors with inherited and overriding __init__.
class KA(A):
    pass


class KB(A):
    def __init__(self):
        super().__init__("kb")


for _ in range(2):
    print(KA(8).v, KB().v)


# Exceptions with a Python __init__.
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


for i in range(2):
    try:
        raise E("boom", i)
    except E as e:
        print(repr(e), e.args, e.code)

# Reference counts and __del__ order are unchanged.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def hello(self):
        return sys.getrefcount(self)


d = D("one")
print(d.hello(), d.hello(), sys.getrefcount(d))
d = D("two")
print("after rebind")
del d
print("end")
