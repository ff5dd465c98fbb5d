# math functions beyond the basics: gamma, lgamma, erf, erfc, expm1, log1p,
# nextafter, ulp, remainder, fsum, hypot, dist, with CPython's domain errors.
import math

inf, nan = math.inf, math.nan
for name in ["gamma", "lgamma", "erf", "erfc", "expm1", "log1p", "exp2"]:
    # (cbrt is left out: musl's and glibc's differ in the last digit for some values)
    f = getattr(math, name)
    out = []
    for x in [-8.5, -2.5, -2.0, -1.0, -0.5, 0.0, -0.0, 1e-300, 0.001, 0.5, 1.0, 1.5, 2.0, 2.5,
              5.0, 10.0, 23.0, 24.0, 50.5, 100.0, 171.5, 172.0, 200.5, 1e10, 1e300, inf, -inf, nan]:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(name, out)
print(math.gamma(-1e-300), math.gamma(-200.5), math.gamma(-171.5), math.lgamma(-0.5), math.lgamma(-100.5))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(inf, 0),
      math.nextafter(1.0, 1.0), math.nextafter(nan, 1), math.nextafter(-0.0, 1), math.nextafter(5e-324, 0))
print(math.ulp(1.0), math.ulp(-3.5), math.ulp(0.0), math.ulp(inf), math.ulp(nan), math.ulp(1.7976931348623157e308), math.ulp(2 ** 52))
for a, b in [(5, 3), (-5, 3), (5, -3), (4.5, 1), (5.5, 1), (-4.5, 1), (1e308, 1e-308), (0.0, 1), (-0.0, 1),
             (3, inf), (inf, 3), (3, 0), (nan, 1), (1, nan), (7, 2), (6, 4)]:
    try:
        print("remainder", a, b, math.remainder(a, b))
    except ValueError as e:
        print("remainder", a, b, "ValueError", e)
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
      math.fsum([1e308, 1e308, -1e308]) if False else 0, math.fsum([]), math.fsum([inf, 1]),
      math.fsum([2.0 ** 53, 1.0, 2.0 ** -53]), math.fsum(range(10)), math.fsum([-0.0]))
for xs in ([inf, -inf], [1e308, 1e308], [nan, 1.0]):
    try:
        print(math.fsum(xs))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(inf, nan), math.hypot(-3, 4, 12))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]), math.prod([1, 2, 3]), math.prod([]), math.prod([2.5, 4]))
print(math.comb(10, 3), math.perm(5), math.perm(5, 2), math.isqrt(10 ** 20 + 1), math.copysign(1, -0.0))
print(math.frexp(0.1), math.ldexp(0.5, 4), math.fmod(-7, 3), math.modf(-2.5), math.trunc(-2.7))
print(sorted(n for n in dir(math) if not n.startswith("_")))
