# cmath: the functions on ordinary values, special values and errors.
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
vals = [0j, 1, -1, 1j, -1j, 0.5 + 0.5j, -2 + 3j, 3 - 4j, 1e-320 + 1e-320j, 1e300 + 1e300j,
        -1.5, 2.0, 10 + 0.1j, complex(-0.0, 0.0), complex(0.0, -0.0), 1 + 1e-10j]
names = ["exp", "log", "log10", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(name, out)
for v in vals:
    print(cmath.phase(v), cmath.polar(v), abs(v))
print(cmath.rect(1, math.pi / 2), cmath.rect(2, 0), cmath.rect(-1, -0.0), cmath.rect(0, 1))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(100, 10 + 0j), cmath.log(-1, 2))
for f in (cmath.isfinite, cmath.isinf, cmath.isnan):
    print([f(v) for v in (1j, complex(math.inf, 0), complex(0, math.nan), 5, 2.5)])
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(math.inf, 0), math.inf))

# Special values (C99 Annex G).
inf, nan = math.inf, math.nan
specials = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(inf, inf),
            complex(-inf, inf), complex(inf, -inf), complex(nan, 0), complex(0, nan),
            complex(nan, nan), complex(inf, nan), complex(nan, inf), complex(1, inf),
            complex(-1, nan), complex(inf, 1), complex(-inf, -2), complex(nan, 1)]
for name in names:
    f = getattr(cmath, name)
    out = []
    for v in specials:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, out)

# Errors.
for f, a in [(cmath.log, 0), (cmath.log10, 0j), (cmath.atanh, 1), (cmath.atanh, -1),
             (cmath.exp, 1000), (cmath.cosh, 1000), (cmath.sinh, -1000 + 1j), (cmath.sqrt, "x"),
             (cmath.phase, []), (cmath.exp, complex(1, inf)), (cmath.log, 10 ** 400),
             (cmath.rect, (1, inf))]:
    try:
        print(f(*a) if isinstance(a, tuple) else f(a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    cmath.log(1, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    cmath.isclose(1, 1, rel_tol=-1)
except Exception as e:
    print(type(e).__name__, e)


class Fl:
    def __float__(self):
        return 0.5


class Cx:
    def __complex__(self):
        return 2j


print(cmath.sqrt(Fl()), cmath.exp(Cx()), cmath.phase(Cx()), cmath.sqrt(4), cmath.sqrt(True))
