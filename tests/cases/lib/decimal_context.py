# decimal: signals (InvalidOperation's conditions, DivisionByZero, Overflow,
# Underflow...), contexts (repr, prec/rounding checks, flags and traps, localcontext,
# Context methods), rounding modes, min/max, mixed int/float operands.
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
    "D('0.1') + D('-0.1'), D('-0') + D('-0'), D('-0') + D('0'), D('0e3') + D('0e-3'), D('-0.00') - D('0.0')",
    "D(1) == D('1.0'), D(1) < D('1.0000001'), D('-1') < D('-0.5'), D('Inf') > D('1e999'), D('-Inf') < D(-1), D(0) == D('-0'), sorted([D(3), D('1.5'), D(-2), D('inf'), D('-0')])",
    "D(1) == 'a', D(1) != None, D(2) in [2], D('nan') == D('nan')",
    "[hash(D(x)) for x in ['1.5', '-1', '0', '-0', '1e100', '1e-100', '123.456', 'inf', '-inf', '0.1']]",
    "str(D('1E-7')), str(D('-1.5E+10')), D('123456789e-3'), D('1e28') + 1, D(10**28) + 1, D('0.5') * D('0.5'), D(2).sqrt() ** 2",
    "D(1)/D(7) * 7, D(22)/D(7), D('1') / D('3.0'), D('6.0')/D('2'), D('6')/D('2.00'), D('1e10')/D('1e-10'), D(-1)/D(3)",
    "D('2.5').to_integral_exact(), D('2.5').to_integral_value(rounding=ROUND_UP), D('-2.5').to_integral_value(rounding=ROUND_FLOOR), D('123.456').quantize(D('1e2')), D('0').quantize(D('1e-5')), D('-0').quantize(D('1.0'))",
    "[D('2.45').quantize(D('0.1'), rounding=r) for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]]",
    "[D('-2.55').quantize(D('0.1'), rounding=r) for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]]",
    "[D('2.51').quantize(D('0.1'), rounding=r) for r in [ROUND_05UP]], D('2.01').quantize(D('0.1'), rounding=ROUND_05UP), D('2.09').quantize(D('0.1'), rounding=ROUND_05UP)",
    "D('1.5').quantize(D('1'), rounding='x')",
    'getcontext(), Context(prec=5), DefaultContext, BasicContext, ExtendedContext, getcontext().flags',
    'str(getcontext().traps)',
    "(lambda c: (setattr(c, 'prec', 5), D(1)/D(3), c.flags[Inexact], c)[1:])(getcontext())",
    "(lambda c: (setattr(c, 'prec', 0)))(getcontext())",
    "(lambda c: (setattr(c, 'prec', 'x')))(getcontext())",
    "(lambda c: (setattr(c, 'rounding', 'x')))(getcontext())",
    "(lambda c: (setattr(c, 'foo', 1)))(getcontext())",
    "getcontext().flags['x']",
    "(lambda c: (setattr(c, 'traps', {}), D(1)/0, D(0)/0, D('x'), c))(getcontext())",
    "(lambda c: (setattr(c, 'traps', [Inexact]), D(1)/4, D(1)/3))(getcontext())",
    "(lambda c: (setattr(c, 'traps', [Inexact, Rounded, Clamped, Underflow, Subnormal]), D('1e-999999')/10**30))(getcontext())",
    '(lambda m: [m.localcontext(prec=5).__enter__(), D(1)/3][1])(M)',
    'localcontext(prec=3, foo=2)',
    "Context(prec=3).divide(D(1), 3), Context(prec=3).add(1, 2), Context(prec=3).create_decimal('3.14159'), Context(prec=3).create_decimal_from_float(0.1), ExtendedContext.divide(1, 0)",
    "format(D('1.5'), '_f')",
    "D('12').as_integer_ratio(), D('-1.25').as_integer_ratio(), D('1e3').as_integer_ratio()",
    "D('inf').as_integer_ratio()",
    "D('1e500') * D('1e500'), D('9'*28)+1",
    "D('1e999998') * 100",
    "Context(rounding=ROUND_DOWN).multiply(D('1e999998'), 100)",
    'D(1).__round__(1.5)',
    "round(D('123.456'), -1), round(D('-0.5')), round(D('1.5')), round(D('inf'), 2)",
    "round(D('nan'))",
    "round(D('inf'))",
    "float(D('snan'))",
    "max(D(1), D('1.0')), min(D(1), D('1.0')), D(1).max(D('1.0')), D(1).min(D('1.0')), D('-0').max(D('0')), D('nan').max(D(1)), D(1).min(D('nan'))",
    "D('1.23456789012345678901234567890123456789').sqrt(), D('1e-1000').sqrt(), D('4e1').sqrt(), D('0.04').sqrt(), D('-0').sqrt(), D('inf').sqrt()",
    'pow(D(2), 3, 5)',
    "D('1.5') - 1, 1 - D('1.5'), 3 * D('1.5'), 7 / D(2), 7 // D('2.5'), 7 % D('2.5'), 2 ** D(3), divmod(7, D(2))",
    'D(10**40) // 3',
    "D('1e30') % D(7), D(10**40) % 7",
    "D('1.1').same_quantum(D('2.2')), D(1).same_quantum(D('1.0')), D('nan').same_quantum(D('snan'))",
    "D('0.1') + D('0.2') == D('0.3'), sum([D('0.1')] * 10), D('19.99') * 3, D('100') * D('1.0825')",
    'D(3.14), D(1e300), D(5e-324)',
    "D.from_float(0.5), D.from_float(3), D.from_float('x')",
])
