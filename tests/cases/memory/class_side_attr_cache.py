# Instance reads of class-side names through the attribute cache: class constants
# (shadowed later by an instance attribute, a materialised __dict__, a class
# change, __class__ assignment) and properties (Python getters, a raising getter,
# a builtin getter, a getter replaced on the class), all through the same sites.
import sys


class A:
    K = 5
    T = (1, 2)
    S = "s"

    def __init__(self):
        self.x = 1

    @property
    def p(self):
        return self.x + 1

    @property
    def bad(self):
        return 1 / 0


class B(A):
    K = 6


def read(o):
    return o.K, o.T, o.S, o.p


a, b = A(), B()
for _ in range(3):
    print(read(a), read(b))
a.K = 50                       # an instance attribute shadows the class constant
print(read(a), read(A()))
d = A()
d.__dict__["S"] = "mine"        # a materialised __dict__ shadows it too
print(read(d))
A.K = 7                         # the class changes
print(read(A()), read(b))
b.__class__ = A
print(read(b))
A.p = property(lambda self: "lambda")
print(read(A()))
A.p = property(abs)
try:
    read(A())
except TypeError as e:
    print("TypeError", e)
t = A()
A.p = property(lambda self: self.x)
before = sys.getrefcount(t), sys.getrefcount(A.T)
for _ in range(3):
    t.p, t.T
print(sys.getrefcount(t) - before[0], sys.getrefcount(A.T) - before[1])
for i in range(2):
    try:
        t.bad
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


def chain(o):
    return o.bad


chain(t)
