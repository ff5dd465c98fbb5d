# Checks: @property getter/setter/deleter, @staticmethod, @classmethod, alternative constructors.
class Temp:
    count = 0
    def __init__(self, c):
        self._c = c
        Temp.count += 1
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting c")
        del self._c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def convert(c):
        return c + 273.15
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
t = Temp(100)
print("get", t.c, t.f)
t.c = 0
print("set", t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.c
print("after del", hasattr(t, "_c"))
print("static", Temp.convert(0), t.convert(10))
u = Temp.from_f(212)
print("classmethod", u.c, type(u).__name__, Temp.count)
