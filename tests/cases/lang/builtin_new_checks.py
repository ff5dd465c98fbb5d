# X.__new__(cls) of builtin types with their own tp_new checks cls against X (not
# object); a module without __name__ words its AttributeError without a name; a class
# whose __repr__ is object.__str__ recurses into RecursionError.
import sys

for T in (property, staticmethod, classmethod, type(...), type(None), type(NotImplemented), int):
    try:
        T.__new__(object)
    except TypeError as e:
        print("TypeError", e)
print(type(...).__new__(type(...)), type(None).__new__(type(None)))
print(type(property.__new__(property)).__name__)
try:
    property.__new__(1)
except TypeError as e:
    print("TypeError", e)


class P(property):
    pass


print(type(P.__new__(P)).__name__)

m = type(sys)("mod_x")
try:
    m.missing
except AttributeError as e:
    print(e)
del m.__name__
try:
    m.missing
except AttributeError as e:
    print(e)
m.__name__ = 5
try:
    m.missing
except AttributeError as e:
    print(e)


class Foo:
    pass


Foo.__repr__ = Foo.__str__
try:
    str(Foo())
except RecursionError as e:
    print("RecursionError")
try:
    repr(Foo())
except RecursionError as e:
    print("RecursionError")
