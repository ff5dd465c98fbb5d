# statistics.NormalDist: density, cumulative distribution and its inverse,
# quantiles, overlap, z-scores, sampling with a seed, arithmetic, equality and
# hashing, pickling, and the errors of each.
import copy
import pickle
import statistics
from statistics import NormalDist, StatisticsError

X = NormalDist(100, 15)
print(X, X.mean, X.median, X.mode, X.stdev, X.variance)
print(NormalDist(), NormalDist(1, 2) == NormalDist(1.0, 2.0))
print(X.pdf(100), X.pdf(130), X.cdf(100), X.cdf(70), X.cdf(float('inf')))
for p in (0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 0.999, 1e-300):
    print(p, NormalDist().inv_cdf(p), X.inv_cdf(p))
print(X.quantiles(), NormalDist(0, 1).quantiles(10)[:3])
print(NormalDist(0, 2).overlap(NormalDist(1, 2)), NormalDist(0, 1).overlap(NormalDist(1, 2)))
print(NormalDist(1, 2).overlap(NormalDist(0, 1)), NormalDist(70, 4).overlap(NormalDist(65, 3.5)))
print(X.zscore(142), X.zscore(58))
print(NormalDist.from_samples([96, 107, 90, 92, 110]), NormalDist.from_samples(iter([1, 2, 4])))
print(NormalDist(3, 1).samples(3, seed=42) == NormalDist(3, 1).samples(3, seed=42))
print(len(NormalDist(3, 1).samples(5)), NormalDist(0, 1).samples(2, seed=1))

Y = NormalDist(40, 5)
print(X + Y, X - Y, X + 10, 10 + X, X - 10, 10 - X, X * 10, 10 * X, X / 10, +X, -X)
print(X == 5, X.__eq__(5), len({NormalDist(1, 2), NormalDist(1.0, 2.0), NormalDist(2, 2)}))
print(copy.copy(X) == X, copy.deepcopy(X) == X, pickle.loads(pickle.dumps(X)) == X)
print(tuple(NormalDist.__slots__), X.__getstate__())


class Sub(NormalDist):
    pass


print(type(Sub(1, 2)).__name__, type(Sub.from_samples([1, 2])).__name__, type(Sub(1, 2) + 1).__name__)
print(repr(Sub(1, 2)))
try:
    vars(X)
except TypeError as e:
    print("TypeError", e)

for call in [lambda: NormalDist(1, -1), lambda: NormalDist(1, 0).pdf(1),
             lambda: NormalDist(1, 0).cdf(1), lambda: X.inv_cdf(0), lambda: X.inv_cdf(1.5),
             lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: X.overlap(3),
             lambda: NormalDist(1, 0).overlap(X), lambda: NormalDist(1, 0).zscore(1),
             lambda: X.zscore('a'), lambda: NormalDist.from_samples([1]),
             lambda: NormalDist.from_samples([]), lambda: 1 / X]:
    try:
        print(call())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(statistics._normal_dist_inv_cdf(0.3, 1.0, 2.0))
