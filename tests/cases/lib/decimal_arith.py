# decimal: construction (int, str, float, tuple), str/repr, arithmetic, rounding,
# comparisons, hashing, conversions, quantize, sqrt, integer powers; each result
# compared with CPython's C decimal.
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
    "D('-0'); D('0e-5')",
    "[D(x) for x in ['-0','0e-5','1.23E+5','1e-7','123e-10','-.5','5.',' 1_000 ','nan123','-sNaN','Inf','-infinity', '1e', '1_', '_1', '1__0', '.', '', 'abc', '1.2.3', '+-1', '1e+', '١٢٣', '0.000001', '0.0000001', '1E+2', '12345678901234567890123456789012']]",
    "D('abc')",
    "D(0.1), D(-0.0), D(float('nan')), D(float('-inf')), D((1,(1,2),-1)), D([0,(1,),'F']), D((0,(1,2),'n'))",
    'D([1])',
    'D((2,(1,),0))',
    'D((0,(1,10),0))',
    'D(None)',
    "D('1.1')+D('2.2'), D(1)/D(3), D(2)/D(3), D(-7)//2, D(-7)%2, divmod(D(7),D('-2')), D('1.30')*D('2'), D('10')/D('4'), D(100)/D(10), D('1E+2')/D('1'), D(1)/D('0.01')",
    "round(D('2.5')), round(D('2.675'),2), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('1.2345').quantize(D('1.0')), D(123).quantize(D('1e1'))",
    "D(2)**10, D('1.5')**3, D(2)**-2, D(10)**-3, D('-2')**3, D(3)**100, D(3)**-3, D('1.1')**50, D(7)**-7",
    "D('1.00').normalize(), D('100').normalize(), D('1.20').as_tuple(), D('12.5').adjusted(), hash(D('1.5'))==hash(1.5), hash(D(10**30)) == hash(10**30), D(1)==1.0, D('0.1')==0.1, D(1)<2, abs(D('-1.5')), -D(0), +D('-0')",
    "int(D('-3.7')), float(D('1.1')), D('3.7').__floor__(), D('-3.2').__ceil__(), bool(D(0)), D(7).sqrt(), D('0.0001').sqrt(), D(100).sqrt(), D('1.21').sqrt(), D(2).to_integral_value(), D('2.5').to_integral_value(), D('1e5').to_eng_string(), D('123e-9').to_eng_string()",
    "D('1.1').is_finite(), D('nan').is_nan(), D(0).is_zero(), D(-1).is_signed(), D('1.1').compare(D(2)), max(D(1),D(2)), D(1).max(D(2)), D('1.50').copy_negate(), D(5).copy_sign(D(-1))",
    'divmod(D(1),0)',
    'D(1)%0',
    'D(0)%0',
    'D(1)//0',
    'D(1)/0',
    'D(0)/0',
    "D('0.0')**2, D('-0.0')**3",
    "D('Inf')%1",
    "D(5)%D('Inf'), D(5)//D('Inf'), D(1)/D('Inf')",
    "D('inf')-D('inf')",
    "D('1.0')**100, D('0.5')**-2, D('nan')+1",
    "D('snan')+1",
    "D(1).quantize(D('inf'))",
    "D('1.5')**D('2.0')",
    'D(0)**0',
    "D(0)**-1, D(0)**-2, D('-0')**-3, D('Inf')**2, D('-Inf')**3, D('-Inf')**-3",
    "D('-7.5')%D('2'), D('7.5')//D('-2'), D('1e-5')+D('1e5'), D('1.000')*1, D(12345678901234567890123456789), +D(12345678901234567890123456789)",
    "D('1e1000').quantize(D(1))",
    "D('1e999999')*10",
    "D('1e-999999')/10**30",
    "D(1) < D('NaN')",
    "D(7)//D('1e-30')",
    'D(1)+1.5',
    '1.5+D(1)',
    'D(1)*2.0',
    "hash(D('sNaN'))",
    "int(D('NaN'))",
    "int(D('-Inf'))",
    "D('1.2').quantize(D('1e-30'))",
    'D(-2).sqrt()',
    "D('1e-5') + D('1e50'), D('1e50') - D('1e-50'), D('9.999999999999999999999999999999') + 0, D(1) - D('1e-40'), D('1e-40') - 1",
])
