# decimal: exp, ln, log10 and non-integral powers, correctly rounded at several
# precisions, with their special values, overflow and underflow.
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
    "[D(a)**D(b) for a,b in [('1','0.5'),('1.0','0.5'),('4','0.5'),('2','0.5'),('0.25','0.5'),('8','0.333'),('10','0.5'),('2','1.5'),('100','1.5'),('Inf','0.5'),('0','0.5'),('0','-0.5'),('4.00','0.5'),('16','0.25'),('1e10','0.1'),('9','1.5'), ('2','-0.5'), ('4','-0.5'), ('1.21','0.5'), ('27', '0.3333333333333333333333333333'), ('1.5', '2.7'), ('0.001', '-2.5'), ('123.456', '7.89'), ('2', '-Inf'), ('0.5', 'Inf'), ('1', 'Inf'), ('2', 'Inf')]]",
    "D(-4)**D('0.5')",
    "D(10)**D('1e6')",
    "D(10)**D('-1e7')",
    "D('1e-10')**D('99999.5')",
    "[D(x).ln() for x in ['2', '10', '0.5', '1', '1.0000000001', '1e-100', '1e100', '123456789', '0.999999999999', '7', '1.00', '1e999999', '9.999e-999999']]",
    "[D(x).exp() for x in ['1', '0', '-1', '1e-50', '1000', '-1000', '0.5', '2.302585092994045684017991455', '-0', '123.456', '1e-5', '-1e-30', '2302585', '-2302585']]",
    "[D(x).log10() for x in ['100', '0.001', '2', '10.0', '3.16227766', '1e-100', '5', '0.5', '123456']]",
    "D('1e10').exp()",
    "D('-1e10').exp()",
    'D(-1).ln()',
    "D(0).ln(), D(0).log10(), D('inf').ln(), D('-inf').exp(), D('nan').exp()",
    "Context(prec=5, rounding=ROUND_UP).ln(D(2)), Context(prec=50).exp(D(1)), Context(prec=60).ln(D(10)), Context(prec=3).power(D(2), D('0.5')), Context(prec=100).log10(D(7))",
    "[Context(prec=p).exp(D(x)) for p in (1, 2, 5, 9, 17) for x in ('0.1', '3', '-7.5', '22.2')]",
    "[Context(prec=p).ln(D(x)) for p in (1, 2, 5, 9, 17) for x in ('0.1', '3', '7.5', '22.2', '1.0001')]",
])
