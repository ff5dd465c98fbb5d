# The General Decimal Arithmetic operations beyond + - * / and friends: total
# ordering, fused multiply-add, logb/scaleb, the digit-wise logical operations,
# rotate/shift, the next_* neighbours, *_mag, remainder_near, number_class.
from decimal import (Decimal as D, Context, localcontext, InvalidOperation,
                     DivisionByZero, getcontext)


def show(label, f):
    c = Context(prec=9, Emin=-99, Emax=99, traps=[])
    try:
        r = f(c)
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    flags = sorted(s.__name__ for s, on in c.flags.items() if on)
    print(label, repr(r), flags)


show("compare_signal", lambda c: c.compare_signal(D(1), D("NaN")))
show("compare_signal 2", lambda c: c.compare_signal(D(3), D(2)))
for a, b in [("12.0", "12"), ("-12.0", "-12"), ("NaN", "sNaN"), ("-NaN", "-sNaN"),
             ("NaN2", "NaN10"), ("-Inf", "-0"), ("0", "-0"), ("Inf", "NaN")]:
    show("compare_total %s %s" % (a, b), lambda c: c.compare_total(D(a), D(b)))
show("compare_total_mag", lambda c: c.compare_total_mag(D("-5"), D("3")))
show("fma", lambda c: c.fma(D(2), D(3), D(4)))
show("fma rounded once", lambda c: c.fma(D("1.00000001"), D("1.00000001"), D("-1")))
show("fma inf*0", lambda c: c.fma(D(0), D("Inf"), D("sNaN123")))
show("fma nan third snan", lambda c: c.fma(D("NaN7"), D("NaN5"), D("sNaN3")))
show("logb", lambda c: c.logb(D("250")))
show("logb small", lambda c: c.logb(D("0.00042")))
show("logb zero", lambda c: c.logb(D(0)))
show("scaleb", lambda c: c.scaleb(D("7.50"), D(-2)))
show("scaleb bad", lambda c: c.scaleb(D(1), D("1.5")))
show("rotate", lambda c: c.rotate(D(123456789), D(3)))
show("rotate right", lambda c: c.rotate(D(123), D(-1)))
show("shift", lambda c: c.shift(D(123456789), D(2)))
show("shift right", lambda c: c.shift(D(123456789), D(-4)))
show("shift bad", lambda c: c.shift(D(1), D(10)))
show("and", lambda c: c.logical_and(D(1100), D(1010)))
show("or", lambda c: c.logical_or(D(1100), D(1010)))
show("xor", lambda c: c.logical_xor(D(1100), D(1010)))
show("invert", lambda c: c.logical_invert(D(101)))
show("and bad", lambda c: c.logical_and(D(12), D(1)))
show("max_mag", lambda c: c.max_mag(D(-10), D(3)))
show("min_mag", lambda c: c.min_mag(D(-10), D(3)))
show("max_mag tie", lambda c: c.max_mag(D(-3), D(3)))
show("max_mag nan", lambda c: c.max_mag(D("NaN"), D(3)))
show("next_plus", lambda c: c.next_plus(D(1)))
show("next_minus", lambda c: c.next_minus(D(1)))
show("next_plus -inf", lambda c: c.next_plus(D("-Inf")))
show("next_minus tiny", lambda c: c.next_minus(D("1E-107")))
show("next_toward up", lambda c: c.next_toward(D(1), D(2)))
show("next_toward equal", lambda c: c.next_toward(D(0), D("-0")))
show("next_toward underflow", lambda c: c.next_toward(D("1E-107"), D(0)))
show("remainder_near", lambda c: c.remainder_near(D(10), D(6)))
show("remainder_near tie", lambda c: c.remainder_near(D(10), D(4)))
show("remainder_near neg", lambda c: c.remainder_near(D(-10), D(3)))
show("remainder_near tiny", lambda c: c.remainder_near(D("1"), D("1E+90")))
show("remainder_near impossible", lambda c: c.remainder_near(D("1E+50"), D(3)))
show("remainder_near 0", lambda c: c.remainder_near(D(1), D(0)))
for x in ["sNaN", "-NaN", "Inf", "-Inf", "0", "-0", "1E-100", "-1E-100", "5", "-5"]:
    show("class " + x, lambda c: c.number_class(D(x)))
show("radix", lambda c: (c.radix(), D(3).radix()))
show("is_normal", lambda c: (c.is_normal(D("1E-100")), c.is_subnormal(D("1E-100"))))
show("is_qnan", lambda c: (c.is_qnan(D("NaN")), c.is_snan(D("sNaN")), c.is_canonical(D(2))))
show("copy_sign", lambda c: c.copy_sign(D(5), D(-1)))
show("copy_decimal", lambda c: c.copy_decimal(7))
show("canonical", lambda c: c.canonical(D("1.50")))
show("same_quantum", lambda c: c.same_quantum(D("1.50"), D("2.00")))
with localcontext() as c:
    c.prec = 5
    print(D("12345.678").fma(2, 1), D(1).next_plus(), D(7).logb())
try:
    getcontext().canonical(3)
except TypeError as e:
    print("TypeError", e)
