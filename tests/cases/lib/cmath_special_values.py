# cmath over the grid of special values (C99 Annex G, CPython's tables), with the
# domain errors CPython raises.
import cmath, math
inf, nan = math.inf, math.nan
vals = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
names = ["exp", "log", "sqrt", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh", "log10"]
for name in names:
    f = getattr(cmath, name)
    for x in vals:
        row = []
        for y in vals:
            try:
                row.append(repr(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__[:3])
        print(name, x, " ".join(row))
for r in vals:
    row = []
    for p in vals:
        try:
            row.append(repr(cmath.rect(r, p)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[:3])
    print("rect", r, " ".join(row))
for x in vals:
    print("phase", [cmath.phase(complex(x, y)) for y in vals])
    print("polar", [cmath.polar(complex(x, y)) for y in vals])
