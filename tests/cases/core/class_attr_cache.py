# `Class.name` read in a loop (the class-receiver attribute cache): the cached value
# follows every change of any class namespace (set, delete, a base's attribute, a
# descriptor type gaining __get__), values of every kind (int, float, None, instance,
# function, class), classes freed and made again, and refcounts stay exact.
import sys

class Direction:
    NONE = 0
    FORWARD = 1
    BACKWARD = -1
    RATE = 2.5
    NOTHING = None

class Sub(Direction):
    pass

class K:
    def __init__(self, v):
        self.v = v
    def f(self):
        return self.v

K.ONE = K(1)

def read(cls):
    return (cls.NONE, cls.FORWARD, cls.BACKWARD, cls.RATE, cls.NOTHING)

for i in range(3):
    print(read(Direction), read(Sub))
Direction.FORWARD = 10
print(read(Direction), read(Sub))
Sub.FORWARD = 20
print(read(Direction), read(Sub))
del Sub.FORWARD
print(read(Direction), read(Sub))
del Direction.RATE
try:
    read(Sub)
except AttributeError as e:
    print("AttributeError", e)

def one():
    return K.ONE

for i in range(3):
    print(one().v, K.f is K.f, K.f(K.ONE))
before = sys.getrefcount(K.ONE)
for i in range(100):
    x = one()
del x
print(sys.getrefcount(K.ONE) - before)

class Desc:
    pass

class H:
    d = Desc()

def get_d():
    return H.d

for i in range(3):
    print(type(get_d()).__name__)
Desc.__get__ = lambda self, obj, owner: ("got", owner.__name__)
print(get_d())
del Desc.__get__
print(type(get_d()).__name__)

def make(v):
    class T:
        A = v
    return T

def read_a(cls):
    return cls.A

for v in range(5):
    t = make(v * 3)
    print(read_a(t), read_a(t))
    del t

class Meta(type):
    def __getattribute__(cls, name):
        return ("meta", name)

class M(metaclass=Meta):
    A = 1

print(read_a(M), read_a(make(7)), read_a(M))

class Dying:
    def __del__(self):
        print("Dying freed")

class Holder:
    X = Dying()

def read_x():
    return Holder.X

print(type(read_x()).__name__, type(read_x()).__name__)
Holder.X = 5
print("after rebind", read_x(), read_x())
