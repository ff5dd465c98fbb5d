# Calling exception classes repeatedly (the constructor cache), and the cache
# following the class when its __init__/__new__ change afterwards.
import gc
import sys


class MyErr(Exception):
    pass


class Sub(MyErr):
    pass


def make(cls, *args):
    return cls(*args)


for i in range(3):
    try:
        raise MyErr("x", i)
    except MyErr as e:
        print(type(e).__name__, e.args, str(e))

for i in range(3):
    try:
        raise Sub
    except MyErr as e:
        print(type(e).__name__, e.args, repr(e))

# The argument tuple of a CALL_FUNCTION_EX call is the exception's args.
t = ("a", "b")
for _ in range(2):
    e = MyErr(*t)
    print(e.args is t, e.args)

# Keyword arguments: BaseException takes none.
for _ in range(2):
    try:
        MyErr("x", code=1)
    except TypeError as te:
        print("TypeError:", te)

# A new __init__ takes over at once, then the default again.
def init(self, *a):
    Exception.__init__(self, "wrapped", *a)
    self.extra = len(a)

MyErr.__init__ = init
for i in range(2):
    e = Sub(i)
    print(e.args, e.extra)
del MyErr.__init__
for i in range(2):
    e = Sub(i)
    print(e.args, hasattr(e, "extra"))

# A __new__ set later is called.
def new(cls, *a):
    print("new", cls.__name__, a)
    return Exception.__new__(cls, *a)

Sub.__new__ = new
e = Sub(7)
print(e.args)
del Sub.__new__
e = Sub(8)
print(e.args)

# Family members still filled through subclasses.
class MyOS(OSError):
    pass

class MyStop(StopIteration):
    pass

for _ in range(2):
    o = MyOS(2, "No such file")
    print(o.errno, o.strerror, o.args)
    s = MyStop(5)
    print(s.value, s.args)

# Reference counts of the arguments held by the instance.
arg = object()
before = sys.getrefcount(arg)
keep = [MyErr(arg) for _ in range(3)]
print(sys.getrefcount(arg) - before)
del keep
print(sys.getrefcount(arg) - before)

# gc counts: the instance (and its tuple) counted as CPython counts them.
gc.collect()
c0 = gc.get_count()[0]
x = MyErr(1, 2)
print(gc.get_count()[0] - c0)
y = MyErr()
print(gc.get_count()[0] - c0)
print(MyErr().args is tuple(), Sub().args)
