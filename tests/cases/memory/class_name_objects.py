# A class keeps its __name__ and __qualname__ as str objects (CPython's ht_name and
# ht_qualname): the same object on every read, counted by sys.getrefcount.
import gc
import sys


class Kestrel:
    pass


print(Kestrel.__name__ is Kestrel.__name__, Kestrel.__qualname__ is Kestrel.__qualname__)
# One object for both: the class statement's name, with no other qualname.
print(Kestrel.__name__ is Kestrel.__qualname__)
n = Kestrel.__name__
# (The absolute count also holds the parser's references to each occurrence of the
# identifier in this file, which CPython keeps while the script runs: see deltas.)
base = sys.getrefcount(n)


class Outer:
    class Inner:
        pass


q = Outer.Inner.__qualname__
print(q, q is Outer.Inner.__qualname__, sys.getrefcount(q))
print(Outer.Inner.__name__ is Outer.Inner.__qualname__)

# type() keeps the very name object it was given.
name = "".join(["Dyn", "amic"])
D = type(name, (), {})
print(D.__name__ is name, D.__qualname__ is name, sys.getrefcount(name))
del D
gc.collect()
print(sys.getrefcount(name))

# Assigning stores the object itself and lets go of the old one.
new = "".join(["Re", "named"])
Kestrel.__name__ = new
print(Kestrel.__name__ is new, sys.getrefcount(new), Kestrel.__qualname__)
Kestrel.__qualname__ = new
print(Kestrel.__qualname__ is new, sys.getrefcount(new))
print(sys.getrefcount(n) - base)


# A metaclass receives the class statement's name object.
class Meta(type):
    def __new__(mcls, cname, bases, ns):
        print("meta got", cname, sys.getrefcount(cname) > 2)
        cls = super().__new__(mcls, cname, bases, ns)
        print(cls.__name__ is cname)
        return cls


class WithMeta(metaclass=Meta):
    pass


# Builtin types make a new str for each read.
print(int.__name__ is int.__name__, int.__name__ == "int")

# gc.get_referents of a class: its namespace, __mro__, __bases__ and __base__ only.
class Base:
    def __init__(self):
        self.x = 1


class Sub(Base):
    pass


Base()
print([type(r).__name__ for r in gc.get_referents(Base)])
print([type(r).__name__ for r in gc.get_referents(Sub)])
print(gc.get_referents(Sub)[3] is Base, gc.get_referents(int))

# A one-character constant is the Latin-1 singleton even before chr() names it.
print(sys.getrefcount("Q") > 100000, sys.getrefcount(chr(81)) > 100000)
