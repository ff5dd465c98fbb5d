# `obj.x = v` where obj is a local (`self.x = x` in a method): values, counts,
# finalizer timing and every kind of attribute store behave as usual.
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = 0

    def move(self, dx):
        self.x = self.x + dx
        self.y = D(self.x)


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a


class Prop:
    def __init__(self):
        self._v = 0
        self.v = 5

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("setter", value)
        self._v = value * 2


class Hook:
    def __init__(self):
        self.x = 1

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class Frozen:
    __slots__ = ("a",)


def main():
    p = P(1.5, D(0))
    print(p.x, p.y.n, p.z)
    p.move(2)  # D(0) dies inside the store
    print("moved", p.x, p.y.n)
    p.move(1)  # D(3.5) dies
    print("moved again", p.x, p.y.n)
    big = 10**6 + 1
    p.z = big
    print(sys.getrefcount(big), p.z is big)
    s = S(D(1))
    s.a = 2  # the slot still holds the other reference
    print("slot a replaced")
    s.b = 3  # D(1) dies
    print("slot b replaced", s.a, s.b)
    pr = Prop()
    pr.v = 7
    print(pr.v, pr._v)
    h = Hook()
    h.y = 2
    print(h.x, h.y)
    f = Frozen()
    try:
        f.b = 1
    except AttributeError as e:
        print("AttributeError:", e)
    n = None
    try:
        n.x = 1
    except AttributeError as e:
        print("AttributeError:", e)
    for i in range(3):
        p.z = D(10 + i)
    print("loop done")
    p.z = None
    print("end of main")


main()
print("done")
