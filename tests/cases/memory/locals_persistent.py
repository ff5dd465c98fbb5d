# A function frame has one locals dict (CPython 3.11's f_locals): `locals()` and
# `frame.f_locals` return it each time, brought up to date; writes to it do not
# reach the variables. It dies with the frame, after the local variables.
import sys


def same():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    print(l1 is l2, sorted(l1))
    fr = sys._getframe()
    print(fr.f_locals is l1, sys._getframe().f_locals is sys._getframe().f_locals)
    l1["a"] = 99
    print(a, sys.getrefcount(l1))
    del fr


same()


def refs():
    x = [1]
    print(sys.getrefcount(x))
    d = locals()
    print(sys.getrefcount(x))
    del d
    print(sys.getrefcount(x))
    y = locals()
    print(sys.getrefcount(y), "x" in y, "y" in y)


refs()


def unbound():
    a = 1
    d = locals()
    del a
    locals()
    print(sorted(d))


unbound()


def via_exec():
    v = 1
    exec("v = 2")
    return v, locals()["v"]


print(via_exec())


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def order():
    a = D("a")
    locals()
    b = D("b")
    print("returning")


order()
print("after")


def kept():
    k = D("k")
    return locals()


d = kept()
print("kept", sorted(d))
del d
print("end")
