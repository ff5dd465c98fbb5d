# Checks: E(*t) keeps the very tuple t as its args when the class has no __new__ of its
# own (CPython's BaseException_new stores the tuple type_call got), for builtin and user
# exception classes, with or without a Python __init__ that leaves args alone; a call
# with separate arguments or a list makes a new tuple.
import sys

t = (1, "two")
lst = [1, "two"]


class E(Exception):
    pass


class WithInit(ValueError):
    def __init__(self, *a):
        self.extra = len(a)


class CallsSuper(Exception):
    def __init__(self, *a):
        super().__init__(*a)


for cls in (ValueError, KeyError, Exception, E, WithInit, CallsSuper):
    e = cls(*t)
    print(cls.__name__, e.args is t, e.args == t, cls(*lst).args is lst, cls(1, "two").args is t)
before = sys.getrefcount(t)
keep = [E(*t) for _ in range(3)]
print("refs added", sys.getrefcount(t) - before)
del keep
print("refs back", sys.getrefcount(t) - before)
