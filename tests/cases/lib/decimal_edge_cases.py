# Decimal corner cases: signs of zero kept by normalize and create_decimal, what
# create_decimal refuses, exponents far apart in integer division and remainders,
# powers with huge or tiny exponents, Decimal == float's flag, no instance dict,
# from_float on a subclass, '=' alignment of an infinity.
from decimal import (Decimal as D, Context, FloatOperation, InvalidOperation,
                     ROUND_UP, ROUND_DOWN, localcontext)


def show(label, f, prec=9, emin=-999999):
    c = Context(prec=prec, Emin=emin, Emax=999999, traps=[])
    try:
        r = f(c)
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    flags = sorted(s.__name__ for s, on in c.flags.items() if on)
    print(label, repr(r), flags)


show("normalize -0", lambda c: c.normalize(D("-0")))
show("normalize -0.00", lambda c: D("-0.00").normalize(c))
show("create -0", lambda c: c.create_decimal("-0"))
show("create space", lambda c: c.create_decimal(" +1"))
show("create underscore", lambda c: c.create_decimal("1_000"))
show("create snan payload", lambda c: c.create_decimal("sNaN1234567890"))
show("create snan", lambda c: c.create_decimal("sNaN12"))
show("apply", lambda c: c._apply(D("1.23456789012")))
show("divideint far", lambda c: c.divide_int(D("1E+999990"), D("3E-999990")))
show("remainder far", lambda c: c.remainder(D("9E+999990"), D(1)))
show("remainder_near far", lambda c: c.remainder_near(D("1"), D("7E+999990")))
show("power huge exp", lambda c: c.power(D(100), D("1E+383")))
show("power tiny exp", lambda c: c.power(D(1), D("1.1E-1999997")))
show("power big base", lambda c: c.power(D("1e375"), D("56e-3")))
show("power subnormal", lambda c: c.power(D("1E-20"), D("0.5")), prec=12, emin=-9)
show("power mod -0", lambda c: c.power(D(1), D("-0"), D(1)))
show("power mod big", lambda c: c.power(D(-23), D(5), D(-1000000000)))
show("to_integral_exact 0.0", lambda c: c.to_integral_exact(D("0.0")))
show("to_integral_exact -0.00", lambda c: c.to_integral_exact(D("-0.00")))
show("is_integer-ish", lambda c: c.power(D(2), D("1E-999990")))

with localcontext() as c:
    c.clear_flags()
    print(D("7.5") == 7.5, c.flags[FloatOperation])
    c.traps[FloatOperation] = True
    print(D("7.5") != 7.5)
    try:
        D("7.5") < 7.5
    except FloatOperation as e:
        print("FloatOperation", e)

x = D("1.5")
try:
    x.conjugate = 1
except AttributeError:
    print("AttributeError")
print(hasattr(x, "__dict__"))


class Sub(D):
    def __init__(self, a):
        self.seen = type(a).__name__


print(Sub.from_float(42).seen, Sub.from_float(2.5).seen, type(Sub.from_float(3)).__name__)
print(repr(format(D("-inf"), "*=12")), repr(format(D("1.5"), "*=+8")), repr(format(D("nan"), "x=6")))
