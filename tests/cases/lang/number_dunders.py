import math
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return 42
    def __trunc__(self): return -1
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class Fl:
    def __float__(self): return 2.25
class Ix:
    def __index__(self): return 9
print(math.sqrt(Fl()), math.sqrt(Ix()), math.floor(Fl()), math.ceil(Ix()), math.exp(Ix()) > 1)
print(math.sin(Fl()), math.log(Ix()), math.pow(Fl(), 2), math.fabs(Ix()), math.isnan(Fl()))
print(float(Fl()), float(Ix()), int(Ix()))
try:
    math.trunc(Fl())
except TypeError as e:
    print(e)
try:
    math.sqrt("x")
except TypeError as e:
    print(e)
class BadF:
    def __float__(self): return 1
try:
    math.sqrt(BadF())
except TypeError as e:
    print(e)
try:
    float(BadF())
except TypeError as e:
    print(e)
class I:
    def __int__(self): return 7
print('%d %i %x %f %.2f %e' % (Ix(), Ix(), Ix(), Fl(), Ix(), Fl()))
print('%d' % I())
for fmt, arg in [('%x', I()), ('%d', Fl()), ('%f', I()), ('%d', 'a'), ('%x', 2.5), ('%f', 'a')]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print(type(e).__name__, e)
print(round(Fl()) if hasattr(Fl, '__round__') else 'no round')
import fractions
print(math.floor(fractions.Fraction(7, 2)), math.ceil(fractions.Fraction(7, 2)), math.trunc(fractions.Fraction(-7, 2)))
print(math.floor(True), math.ceil(2**70), math.floor(-2.5), math.trunc(1e20))
class MyF(float): pass
print(math.floor(MyF(2.5)), math.sqrt(MyF(4.0)), '%d' % MyF(3.7), '%f' % MyF(1.5))
