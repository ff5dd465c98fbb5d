# numbers: the ABC hierarchy, abstract-method enforcement and the concrete mixins, for
# user classes (isinstance of builtin ints/floats against these ABCs is not tested:
# mempy does not support ABC registration yet).
import numbers
from fractions import Fraction

for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:]])
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Real, numbers.Integral))
print(sorted(numbers.Rational.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
print(numbers.Number.__hash__)

try:
    numbers.Real()
except TypeError as e:
    print("TypeError:", e)

class Half(numbers.Real):
    pass

try:
    Half()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)
    def __repr__(self):
        return "Meters(%r)" % self.v
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    __hash__ = None

m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)))
print(isinstance(m, numbers.Real), isinstance(m, numbers.Complex),
      isinstance(m, numbers.Rational), isinstance(m, numbers.Number))
print(Fraction(1, 2) + m, m < Fraction(8), Fraction(15, 2) == m)


class Whole(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return "Whole(%d)" % self.v

try:
    Whole(3)
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])

names = sorted(numbers.Integral.__abstractmethods__)

class W(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v

for n in names:
    if n != "__int__":
        setattr(W, n, lambda self, *a: NotImplemented)
import abc
abc.update_abstractmethods(W)
w = W(6)
print(w.__index__(), float(w), w.numerator is w or w.numerator, w.denominator)
print(Fraction(w) if False else Fraction(int(w), 4))
print(isinstance(Fraction(1, 3), numbers.Rational), isinstance(Fraction(1, 3), numbers.Integral))
