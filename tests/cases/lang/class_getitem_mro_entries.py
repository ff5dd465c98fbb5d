# Checks user __class_getitem__ (implicitly a classmethod, returning a GenericAlias)
# and PEP 560's __mro_entries__: a non-class base is replaced by what it returns and
# the bases as written are kept as __orig_bases__; __class_getitem__ = None makes the
# class unsubscriptable.
import types


class Box:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


print(Box[int], Box[int].__origin__, Box[int, str].__args__)
x = Box[int]()
print(type(x).__name__, x.__orig_class__)
print(Box.__dict__["__class_getitem__"].__class__.__name__)


class Fake:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (Box, object)


class D(Fake()):
    pass


print(D.__bases__, [c.__name__ for c in D.__mro__], type(D.__orig_bases__[0]).__name__)


class Bad:
    def __mro_entries__(self, bases):
        return [Box]


try:
    class E(Bad()):
        pass
except TypeError as e:
    print(e)


class NoItem:
    __class_getitem__ = None


try:
    NoItem[int]
except TypeError as e:
    print(e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(e)
print(types.resolve_bases((Fake(), int)))
