# decimal: format() with the e/f/g/%/n types, fill, align, sign, zero padding,
# grouping and precision, rounded half-even by the context.
import decimal
from decimal import *

D = Decimal
M = decimal


def run(exprs):
    # Each expression in a fresh default context; its repr, or the exception's
    # class and message (decimal's signals list the conditions that trapped).
    for ex in exprs:
        setcontext(Context())
        try:
            print(repr(eval(ex)))
        except Exception as e:
            print("!!", type(e).__module__ + "." + type(e).__qualname__, e)


run([
    "[format(D(v), s) for v,s in [('0','e'),('0.00','.3e'),('0e5','e'),('0','.2e'),('123.456','.2e'),('9.99','.1e'),('0.00','g'),('0e5','g'),('0e5','f'),('1.500','g'),('2.50','.2g'),('1e-7','g'),('123456','.2g'),('-0.001','.2f'),('-0.001','z.2f'),('1234567.891','012,.2f')]]",
    "[format(D(v), s) for v,s in [('1.5','10'),('1.5','<10'),('-1.5','=10'),('1.5','+'),('1e3','.1'),('NaN','10'),('-Inf','f'),('0.5','.0f'),('1.5','.0f'),('1e100','.3'),('12.345','.3%'),('0.1', '010.2f'),('1.5','n'),('1E+2',''),('1E+2','.1f'),('-1234.5','010,'),('1e-7','.3'),('0.000001',''), ('1234.5678', ',.2f'), ('1.5','e'), ('0.000012345','g'), ('12','.3'), ('1.23', '>10'), ('0.25','%'), ('123.456',''), ('-0','f'), ('1e10','f')]]",
    "[format(D(v), s) for v,s in [('1234567', ','), ('1234567', ',g'), ('-1234567.1234', '*^20,.2f'), ('1.5', ' '), ('-1.5', ' '), ('9.995', '.2f'), ('99.5', '.2e'), ('99.5', '.1e'), ('0.00001234', '.2%'), ('1e-10', 'f'), ('12345', 'E'), ('12345', '.3G'), ('-5', '08.2f'), ('5', '=+8'), ('nan', '%'), ('inf', '%'), ('-snan1', '')]]",
    "format(D(1), '.2d')",
    "format(D(1), '#')",
    "format(D(1), 'x')",
    "format(D(1), '.f')",
    'f\'{D("3.14159"):.3f} {D("2.5"):>6} {D("1e6"):,.0f}\'',
])

# The everyday uses: money, the 0.1 + 0.2 question, a price table.
print(Decimal("1.1") + Decimal("2.2"), Decimal("1.1") + Decimal("2.2") == Decimal("3.3"))
print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
prices = [Decimal("19.99"), Decimal("5.25"), Decimal("0.10")]
total = sum(prices)
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(f"{'subtotal':<10}{total:>10,.2f}")
print(f"{'tax':<10}{tax:>10,.2f}")
print(f"{'total':<10}{total + tax:>10,.2f}")
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7))
with localcontext(prec=6, rounding=ROUND_DOWN):
    print(Decimal(2).sqrt(), getcontext().prec)
print(getcontext().prec, getcontext().rounding)
getcontext().prec = 10
print(Decimal(1) / 3, getcontext())
