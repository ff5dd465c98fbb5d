# Checks: calling a Python class packs its arguments into a tuple (CPython 3.11's classes
# have no vectorcall: _PyObject_MakeTpCall), and keywords into a dict plus, for a Python
# __init__, a names tuple; after gc.collect() emptied the free lists those allocations
# show in gc.get_count(). CALL_FUNCTION_EX with a tuple packs nothing; with a list, it
# converts it to a tuple.
import gc


class Base:
    def __init__(self, *a):
        self.args = a


class Sub(Base):
    def __init__(self, *a):
        super().__init__(*a)


class P:
    def __init__(self, x, y=0):
        self.x = x


class N:
    pass


def delta(label, make):
    gc.collect()
    c0 = gc.get_count()[0]
    r = make()
    c1 = gc.get_count()[0]
    r = make()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)
    return r


gc.disable()
t = (1, 2)
lst = [1, 2]
delta("Base(1, 2)", lambda: Base(1, 2))
delta("Sub(1, 2)", lambda: Sub(1, 2))
delta("P(1)", lambda: P(1))
delta("P(1, y=2)", lambda: P(1, y=2))
delta("P(x=1)", lambda: P(x=1))
delta("N()", lambda: N())
delta("Base(*t)", lambda: Base(*t))
delta("Base(*lst)", lambda: Base(*lst))
delta("P(*t[:1], **{'y': 3})", lambda: P(*t[:1], **{"y": 3}))
try:
    delta("N(1)", lambda: N(1))
except TypeError as e:
    print("TypeError", e)
try:
    delta("P()", lambda: P())
except TypeError as e:
    print("TypeError", e)
