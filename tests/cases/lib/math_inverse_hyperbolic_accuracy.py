# math.acosh/asinh/atanh near their poles and for large arguments: the closed
# formulas lose most digits there; CPython's results are the C library's.
import math

for x in [1.0000000000000002, 1.001, 1.5, 2.0, 1e8, 1e300, 1.7976931348623157e308]:
    print("acosh", x, math.acosh(x))
for x in [0.9999999999999999, -0.9999999999999999, 0.5, -0.5, 1e-20, -1e-300, 0.999]:
    print("atanh", x, math.atanh(x))
for x in [1e-300, -2.5, 1e8, -1e300, 0.0, -0.0, 1e-10]:
    print("asinh", x, math.asinh(x))
for f, xs in [(math.acosh, [0.9, -1.0]), (math.atanh, [1.0, -1.0, 2.0])]:
    for x in xs:
        try:
            f(x)
        except ValueError as e:
            print(f.__name__, x, e)
print(math.acosh(float("inf")), math.asinh(float("-inf")), math.atanh(float("nan")))
