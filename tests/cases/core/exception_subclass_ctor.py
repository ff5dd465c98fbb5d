# A subclass of a builtin exception without its own __init__/__new__ is built as
# CPython's type_call builds it: one arguments tuple, shared by __new__ and __init__.
import gc, sys


class E(Exception):
    pass


class V(ValueError):
    pass


class K(KeyError):
    pass


class WithInit(Exception):
    def __init__(self, *a):
        super().__init__(*a)


for cls in (E, V, K):
    gc.collect()
    before = gc.get_count()
    e = cls("x", 1)
    after = gc.get_count()
    print(cls.__name__, after[0] - before[0], e.args, sys.getrefcount(e.args), str(e), repr(e))
    kept = []
    for i in range(3):
        kept.append(cls(i))
    print([k.args for k in kept])
    del e, kept
w = WithInit("x", 1)
print(w.args, sys.getrefcount(w.args), repr(w))

try:
    E(a=1)
except TypeError as t:
    print("TypeError", t)
try:
    E("a", b=2)
except TypeError as t:
    print("TypeError", t)
print(repr(E()), E().args, repr(V("v")), K("k").args)
t = ("p", "q")
print(E(*t).args == t)
try:
    raise E("boom")
except E as x:
    print(type(x).__name__, x.args, x.__traceback__ is not None)
