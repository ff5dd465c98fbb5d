# __new__ and __init__: CPython's construction rules and error wording.


class S:
    def __new__(cls, *a, **kw):
        print("new", cls.__name__, a, kw)
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


print(S(3).x)


class Singleton:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst


print(Singleton() is Singleton())


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(NotMine())


class Sub(S):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y


s = Sub(1, y=2)
print(type(s).__name__, s.x, s.y)


class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))


p = Pos(-5)
print(p, type(p).__name__, p + 1, isinstance(p, int))


class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"


pt = Point(1, 2)
print(pt, pt.x, pt[1], len(pt), pt == (1, 2), tuple(pt), hash(pt) == hash((1, 2)))
x, y = pt
print(x, y, type(pt + (3,)).__name__)

print(int.__new__(Pos, 7), type(int.__new__(Pos, 7)).__name__, int.__new__(int, "12"))
print(type(object.__new__(S)).__name__, list.__new__(list, [1]), str.__new__(str, 5))


class Temp(float):
    def __new__(cls, v, unit="C"):
        self = super().__new__(cls, v)
        self.unit = unit
        return self

    def __str__(self):
        return f"{float(self)}{self.unit}"


t = Temp(21.5, "F")
print(t, repr(t), t + 0.5, t.unit)


class A:
    pass


class B:
    def __init__(self, x):
        pass


class C:
    def __new__(cls, x):
        return object.__new__(cls)


tests = [
    lambda: A(1),
    lambda: object.__new__(A, 1),
    lambda: A.__new__(A, 1),
    lambda: object(1),
    lambda: B(),
    lambda: B(1, 2),
    lambda: object.__new__(B, 1),
    lambda: object.__new__(C, 1),
    lambda: C(1, 2),
    lambda: object.__new__(5),
    lambda: object.__new__(int),
    lambda: int.__new__(list),
    lambda: list.__new__(int),
    lambda: object.__new__(list),
    lambda: object.__new__(Pos),
    lambda: int.__new__(5),
    lambda: A().__init__(1),
    lambda: B(1).__init__(),
]
for f in tests:
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)


class E(Exception):
    def __new__(cls, *args):
        print("E.__new__", args)
        return super().__new__(cls, *args)


try:
    raise E("boom", 1)
except E as e:
    print(repr(e), e.args)
