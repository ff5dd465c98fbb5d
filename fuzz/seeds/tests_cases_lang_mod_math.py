# Checks: math module: constants, sqrt/floor/ceil/trunc, gcd, factorial, isqrt, log, trig, inf/nan, domain errors.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.9))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.isclose(0.1 + 0.2, 0.3))
print(math.fabs(-3), math.copysign(2, -0.0), math.pow(2, 10), math.hypot(3, 4), math.fsum([0.1] * 10))
print(math.degrees(math.pi), math.radians(180), math.modf(3.25), math.frexp(8.0))
print(math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
