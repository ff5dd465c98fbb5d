# statistics: averages, medians, modes, spread, quantiles and the two-variable
# functions, printed as CPython prints them (exact fractions underneath), plus the
# StatisticsError messages.
import statistics as st
from statistics import StatisticsError
from fractions import Fraction as F
import random

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
fracs = [F(1, 2), F(1, 3), F(3, 4), F(5, 6)]
odd = [1, 3, 5, 7, 11, 13, 17]
print(st.mean(ints), st.mean([1, 2, 3, 4]), st.mean(floats), st.mean(fracs),
      st.mean([1, 2.5]), st.mean([True, False, True]), st.mean(x for x in range(10)))
print(st.mean([0.1, 0.2, 0.3]), st.mean([1e30, 1, -1e30]), st.mean([F(1, 3), 1]))
print(st.fmean(ints), st.fmean(floats), st.fmean(iter([1, 2, 3])),
      st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean([0.1] * 10))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]),
      st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean(fracs),
      st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 2]),
      st.harmonic_mean([7]))
print(st.median(ints), st.median(odd), st.median([1, 2, 3, 4]), st.median(floats),
      st.median(fracs), st.median(["b", "a", "c"]))
print(st.median_low(ints), st.median_high(ints), st.median_low([1, 3, 5, 7]),
      st.median_high([1, 3, 5, 7]), st.median_low(odd), st.median_high(["x", "y"]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]),
      st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2),
      st.median_grouped([5]), st.median_grouped([1.5, 2.5, 2.5, 3.5]))
print(st.mode(ints), st.mode("aabbbc"), st.mode(["red", "blue", "red"]),
      st.mode([1, 1, 2, 2]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]),
      st.multimode([3, 1, 2]))
print(st.pvariance(ints), st.variance(ints), st.pstdev(ints), st.stdev(ints))
print(st.pvariance(floats), st.variance(floats), st.pstdev(floats), st.stdev(floats))
print(st.pvariance(fracs), st.variance(fracs), st.pstdev(fracs), st.stdev(fracs))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]),
      st.pstdev([1, 2]), st.variance([5, 5]), st.stdev([5, 5]))
print(st.variance(floats, xbar=st.mean(floats)), st.pvariance(ints, mu=5),
      st.pstdev(ints, 5), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(type(st.variance([1, 3])).__name__, st.variance([1, 3]), type(st.mean([2, 4])).__name__)
print(st.variance([1e9 + 1, 1e9 + 2, 1e9 + 3]), st.stdev([0.1, 0.2, 0.3, 0.4]))
print(st.mean([1, float("inf")]), st.mean([float("nan"), 1]), st.variance([1, float("inf")]))
try:
    st.stdev([float("inf"), 1])
except AttributeError as e:
    print("AttributeError:", e)

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76,
        119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111,
        75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(st.quantiles(data, n=10))
print(st.quantiles(data), st.quantiles(data, n=4, method="inclusive"))
print(st.quantiles([1, 2], n=5), st.quantiles([1.5, 2.25, 3.0], n=3, method="inclusive"),
      st.quantiles(range(100), n=1), st.quantiles([F(1, 2), F(3, 2), 2], n=2))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]),
      st.correlation(x, y))
print(st.linear_regression(x, [2 * v + 1 for v in x]))
r = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 6, 9, 10])
print(r, r.slope, r.intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))

random.seed(1)
sample = [random.random() * 100 for _ in range(200)]
print(len(sample))
vals = [1.0 + k / 7 for k in range(50)] + [k * 0.3 for k in range(31)]
print(st.mean(vals), st.variance(vals), st.stdev(vals), st.pstdev(vals), st.median(vals))

errors = [
    (st.mean, []), (st.fmean, []), (st.median, []), (st.median_low, []),
    (st.median_high, []), (st.median_grouped, []), (st.mode, []), (st.variance, [1]),
    (st.pvariance, []), (st.stdev, [1]), (st.pstdev, []), (st.geometric_mean, [0, 1]),
    (st.geometric_mean, []), (st.harmonic_mean, []), (st.harmonic_mean, [-1, 2]),
    (st.quantiles, [1]), (st.mean, ["a", "b"]), (st.variance, [1, "x"]),
    (st.mean, [1.5, None]),
]
for f, d in errors:
    try:
        print(f(d))
    except (StatisticsError, TypeError) as e:
        print(f.__name__, type(e).__name__ + ":", e)
for call in [lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"),
             lambda: st.correlation([1, 1], [1, 2]), lambda: st.correlation([1], [1, 2]),
             lambda: st.covariance([1], [2]), lambda: st.linear_regression([1, 1], [1, 2]),
             lambda: st.linear_regression([1], [2]), lambda: st.fmean([1], weights=[1, 2]),
             lambda: st.fmean([1, 2], weights=[0, 0]),
             lambda: st.harmonic_mean([1, 2], weights=[1]),
             lambda: st.median_grouped(["a", "b"])]:
    try:
        print(call())
    except (StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(StatisticsError, ValueError), StatisticsError.__mro__[1].__name__)
