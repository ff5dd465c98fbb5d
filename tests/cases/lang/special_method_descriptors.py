# Special methods found on the type are bound through their descriptor protocol
# (CPython's lookup_maybe_method / call_attribute): __getattr__ and
# __getattribute__ may be any descriptor, a property as __eq__ or __init__ is run
# as a property, a bound method or builtin is called without the instance.
class Descriptor:
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter

descr = Descriptor()
class A:
    __getattribute__ = descr
class B:
    __getattr__ = descr
class C:
    __getattribute__ = descr
    __getattr__ = descr
for cls in (A, B, C):
    try:
        getattr(cls(), "attr")
    except AttributeError as e:
        print(cls.__name__, "AttributeError", e, descr.counter)
print(hasattr(C(), "x"), descr.counter)

def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
e = E()
print(e == e, E() == E(), e != e)

class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as x:
    print("AttributeError", x)

class Getter:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        print("bind", type(obj).__name__)
        return lambda *a: self.f(obj, *a)
class L:
    __len__ = Getter(lambda self: 7)
    __getitem__ = Getter(lambda self, i: i * 2)
print(len(L()), L()[21])

items = [1, 2, 3]
class M:
    __len__ = items.__len__
    __iter__ = items.__iter__
print(len(M()), list(M()))

class S:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
class T:
    __setattr__ = Getter(lambda self, n, v: print("setter", n, v))
S().x = 1
T().y = 2
