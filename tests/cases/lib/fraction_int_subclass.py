# Fraction(n, d) and Fraction(n) with an int subclass of their own numerator and
# denominator keep that type (they go through .numerator/.denominator, as CPython
# does for any Rational), while int() of the fraction is an exact int.
from fractions import Fraction


class MyInt(int):
    def __mul__(self, other):
        return type(self)(int(self) * int(other))

    def __floordiv__(self, other):
        return type(self)(int(self) // int(other))

    def __mod__(self, other):
        return type(self)(int(self) % int(other))

    @property
    def numerator(self):
        return type(self)(int(self))

    @property
    def denominator(self):
        return type(self)(1)


f = Fraction(MyInt(6), MyInt(4))
print(f, type(f.numerator).__name__, type(f.denominator).__name__)
g = Fraction(MyInt(5))
print(g, type(g.numerator).__name__, type(g.denominator).__name__)
print(int(f), type(int(f)).__name__)
h = Fraction(True, 2)
print(h, type(h.numerator).__name__)
print(Fraction(7, 3) + Fraction(MyInt(2)), type(Fraction(3, 1).numerator).__name__)
