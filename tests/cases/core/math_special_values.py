# math functions at zeros, infinities, NaNs and overflow: CPython's value-or-exception
# table (math_1 and math_pow).
import math
inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, inf, -inf, nan, 1e308, -1e308]


def t(name, f, *args):
    try:
        print(name, args, repr(f(*args)))
    except (ValueError, OverflowError) as e:
        print(name, args, type(e).__name__, e)


for x in vals:
    for y in vals:
        t("pow", math.pow, x, y)
        t("fmod", math.fmod, x, y)
        t("atan2", math.atan2, x, y)
        t("hypot", math.hypot, x, y)
    for fn in ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
               "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
               "atanh", "modf", "frexp", "fabs", "erf", "degrees", "radians"]:
        t(fn, getattr(math, fn), x)
