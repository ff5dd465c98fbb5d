# __float__/__int__/__index__ returning an instance of a strict subclass of float/int
# are still taken, with CPython's DeprecationWarning, and the result is exact;
# int() through __trunc__ warns first; a NaN float hashes by identity; a huge
# round() ndigits or int() base is clamped rather than overflowing.
import warnings


class FS(float):
    pass


class IS(int):
    pass


class A:
    def __float__(self):
        return FS(1.5)

    def __int__(self):
        return IS(3)


class B:
    def __index__(self):
        return True


class C(int):
    def __int__(self):
        return True


class T:
    def __trunc__(self):
        return IS(7)


class TB:
    def __trunc__(self):
        return "x"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    results = [float(A()), int(A()), int(B()), int(C(5)), int(T()), [10, 20][B()]]
    try:
        int(TB())
    except TypeError as e:
        results.append(str(e))
print([(r, type(r).__name__) for r in results])
for w in caught:
    print(w.category.__name__, w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(A())
    except DeprecationWarning as e:
        print("raised:", e)

nan = float("nan")
other = float("nan")
print(hash(nan) == object.__hash__(nan), hash(nan) == hash(other), len({nan, other}))
print(hash(float("inf")), hash(1.5), hash(-2.0))

print(round(123.456, 10**100), round(123.456, -10**100), round(8979323, 2**63))
print(round(-0.5, 2**64), round(7, 2**100))
for base in (2**100, -2**100, 1, 37):
    try:
        int("43", base)
    except ValueError as e:
        print("ValueError", e)
