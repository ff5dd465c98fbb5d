# Checks PEP 604 unions at runtime: `int | str` is a types.UnionType with CPython's
# repr, __args__ (flattened, repeats dropped, None as NoneType), order-insensitive ==
# and hash, isinstance/issubclass with a union, `|` with None and GenericAlias,
# type.__or__/__ror__ on classes and metaclasses, and the TypeError for non-types.
import types

u = int | str
print(u, type(u), type(u).__module__, u.__args__, u.__parameters__)
print(int | None, None | int, int | str | None, (int | str) | (bytes | int))
print(int | int, (int | int) is int, int | str | int)
print(u == (str | int), u == (int | str), u != (int | float), u == int, u == (int,))
print(hash(u) == hash(str | int), len({int | str, str | int, int | float}))
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(u, types.UnionType), list[int] | None, None | list[int])
print(int | list[int] | dict[str, int], (int | list[int]).__args__)
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 1))
print(int.__or__(3, 5), type(int).__or__)


class Meta(type):
    pass


class A(metaclass=Meta):
    pass


class B:
    pass


print(A | B, B | A | None, Meta | type, (A | B).__args__)


class Custom:
    def __or__(self, other):
        return "Custom.__or__"

    def __ror__(self, other):
        return "Custom.__ror__"


print(Custom() | int, int | Custom())
for bad in ("1 | int", "int | 1", "int | 'str'", "'str' | int"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
try:
    types.UnionType()
except TypeError as e:
    print(e)
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)
try:
    issubclass(int, 5)
except TypeError as e:
    print(e)
print(isinstance(1, int | list[int]))
try:
    isinstance("s", int | list[int])
except TypeError as e:
    print(e)
