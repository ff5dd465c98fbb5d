class Ix:
    def __index__(self): return 65
class Fl:
    def __float__(self): return 2.5
class R:
    def __round__(self, n=None): return ("round", n)
print(round(R()), round(R(), 2))
print('%c' % Ix(), '%x %o %X' % (Ix(), Ix(), Ix()))
print(b'%d %x %f' % (Ix(), Ix(), Fl()))
print(hex(Ix()), bin(Ix()), oct(Ix()), [1,2,3][Ix() if False else 0], range(Ix())[-1], chr(Ix()))
import math
print(math.isclose(Fl(), 2.5), math.copysign(1, Fl()), math.atan2(Ix(), Fl()) > 0, math.hypot(Ix(), Fl()) > 0, math.ldexp(Fl(), 1))
print(math.fsum([Fl(), Ix()]), math.prod([Ix(), 2]), math.factorial(Ix()) > 0, math.gcd(Ix(), 5), math.isqrt(Ix()), math.comb(Ix(), 2))
print(math.log(Fl()), math.log2(Ix()), math.log10(Ix()), math.modf(Fl()), math.frexp(Fl()), math.fmod(Ix(), 4), math.dist([Fl()], [Ix()]))
