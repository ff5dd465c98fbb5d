# `G.attr` in a function: LOAD_GLOBAL then LOAD_ATTR on one line (fused by the VM's
# quickening). Class constants, class methods, module attributes, instance attributes,
# properties, a rebound global, a missing attribute, builtins, and the counts.
import sys
import math


class Direction:
    NONE = 0
    FORWARD = 1

    @classmethod
    def name(cls):
        return cls.__name__


class Meta(type):
    def __getattr__(cls, n):
        return "meta:" + n


class WithMeta(metaclass=Meta):
    X = 5


class P:
    def __init__(self):
        self.v = 10

    @property
    def doubled(self):
        return self.v * 2


obj = P()
big = [1, 2, 3]


def reads():
    out = []
    for _ in range(3):
        out.append(Direction.NONE)
        out.append(Direction.FORWARD)
        out.append(math.pi > 3)
        out.append(obj.v)
        out.append(obj.doubled)
        out.append(WithMeta.X)
        out.append(WithMeta.missing)
        out.append(int.__name__)
        out.append(len(Direction.name()))
    return out


print(reads())
before = sys.getrefcount(obj)
for _ in range(5):
    reads()
print(sys.getrefcount(obj) - before)


def count_of_list():
    return sys.getrefcount(big.__class__)


print(count_of_list() == count_of_list())

Direction.NONE = "changed"
print(reads()[0])


class Direction:
    NONE = "rebound"
    FORWARD = 2

    @classmethod
    def name(cls):
        return "x"


print(reads()[:2])
obj = 7


def bad():
    return obj.v


try:
    bad()
except AttributeError as e:
    print("AttributeError:", e)

del Direction


def gone():
    return Direction.NONE


try:
    gone()
except NameError as e:
    print("NameError:", e)


def uncaught():
    return math.nonexistent


uncaught()
