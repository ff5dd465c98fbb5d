# statistics with Decimal data: exact results converted back to Decimal (a Fraction
# is divided out in the decimal context), and the module's private helpers.
import statistics
from decimal import Decimal as D
from fractions import Fraction as F

print(statistics.mean([D('1.5'), D('2.25'), D(3)]))
print(statistics.harmonic_mean([D(15), D(30), D(60), D(60)]))
print(statistics.variance([D('0.5'), D('1.25'), D('2')]))
print(statistics.pvariance([D(1), D(2), D(4)]))
print(statistics._sum([1, 2, F(1, 3)]), statistics._sum([0.5, 1]))
print(statistics._exact_ratio(0.25), statistics._exact_ratio(D('1.5')))
print(statistics._convert(F(7, 2), D), statistics._convert(F(4, 2), int), statistics._convert(F(1, 2), int))
print(statistics._isfinite(D('inf')), statistics._isfinite(2.0))
print(list(statistics._fail_neg([1, 2])))
try:
    list(statistics._fail_neg([1, -2], 'neg!'))
except statistics.StatisticsError as e:
    print('StatisticsError', e)
