# Class and module attributes read in the evaluation loop must keep every
# descriptor and hook rule: classmethods bind, staticmethods unwrap, properties
# and __get__ descriptors run, metaclasses and module __getattr__ take part.
import math
import sys


class Strength:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Strength({self.v})"


Strength.REQUIRED = Strength(0)


class Desc:
    def __get__(self, obj, owner):
        return f"desc via {owner.__name__}"


class Base:
    LIMIT = 10
    names = ("a", "b")
    d = Desc()

    def method(self):
        return "m"

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def p(self):
        return 1


class Child(Base):
    pass


print(Strength.REQUIRED, Base.LIMIT, Child.LIMIT, Child.names, Child.d)
print(Child.method.__qualname__, Child.make(), Child.make, Child.helper(4), type(Child.p).__name__)
print(Base.method is Base.__dict__["method"], Child.helper is Base.__dict__["helper"])
Base.LIMIT = 20
print(Child.LIMIT)
Child.LIMIT = 5
print(Child.LIMIT, Base.LIMIT)
del Child.LIMIT
print(Child.LIMIT)


print(math.pi, math.floor(2.5), sys.maxsize > 0)
try:
    math.nope
except AttributeError as e:
    print(e)
try:
    Child.nope
except AttributeError as e:
    print(e)
total = 0
for i in range(1000):
    total += Strength.REQUIRED.v + Child.LIMIT + len(Base.names)
print(total, sys.getrefcount(Strength.REQUIRED) > 1)
