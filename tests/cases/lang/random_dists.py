# Checks: the real-valued distributions give CPython's floats bit for bit: uniform,
# triangular, gauss (with its cached second value), normalvariate, lognormvariate,
# expovariate, vonmisesvariate, gammavariate (all three regimes), betavariate,
# paretovariate, weibullvariate.
import random

r = random.Random(31337)
print([r.uniform(-1, 1) for _ in range(4)], r.uniform(10, 5), r.uniform(2, 2))
print([r.triangular() for _ in range(3)], [r.triangular(0, 10, 2) for _ in range(3)])
print(r.triangular(5, 1), r.triangular(3, 3), r.triangular(3, 3, 3))
print([r.gauss() for _ in range(5)], r.gauss(100, 15))
print([r.normalvariate() for _ in range(4)], r.normalvariate(-2, 0.1))
print([r.lognormvariate(0, 0.5) for _ in range(4)])
print([r.expovariate(1.0) for _ in range(3)], r.expovariate(-3), r.expovariate(0.01))
print([r.vonmisesvariate(0.0, k) for k in (0, 1e-9, 0.1, 1.0, 10.0, 1000.0)])
print([r.vonmisesvariate(5.0, 2.0) for _ in range(3)])
print([r.gammavariate(a, 1.0) for a in (0.05, 0.5, 0.99, 1.0, 1.01, 2.5, 50.0)])
print([r.gammavariate(2.0, b) for b in (0.5, 3.0)])
print([r.betavariate(a, b) for a, b in ((0.5, 0.5), (1, 1), (2, 8), (30, 3))])
print([r.paretovariate(a) for a in (0.5, 1.0, 5.0)])
print([r.weibullvariate(a, b) for a, b in ((1.0, 1.0), (2.0, 0.5), (0.5, 4.0))])

# long runs stay identical
r = random.Random("distributions")
total = 0.0
for i in range(2000):
    total += r.gauss() + r.normalvariate(1, 2) + r.gammavariate(0.3 + i % 7, 1.0)
    total += r.vonmisesvariate(1.0, i % 5) + r.betavariate(1 + i % 3, 2)
print(total, r.random())
