# The errors of complex arithmetic and conversion, with CPython's messages.
import math

cases = [
    lambda: 1j / 0,
    lambda: 1j / 0j,
    lambda: 1 / 0j,
    lambda: 0j ** -1,
    lambda: 0j ** 1j,
    lambda: 0j ** -1.5,
    lambda: (1e200 + 1e200j) ** 5,
    lambda: 10j ** 1000.5,
    lambda: abs(complex(1e308, 1e308)),
    lambda: 1j // 2,
    lambda: 1j % 2,
    lambda: divmod(1j, 2),
    lambda: 1j < 2j,
    lambda: 1j >= 1,
    lambda: 1j & 1,
    lambda: ~1j,
    lambda: int(1j),
    lambda: float(1j),
    lambda: round(1j),
    lambda: math.sqrt(1j),
    lambda: pow(1j, 2, 3),
    lambda: pow(2, 2, 1j),
    lambda: complex("1+2j", 1),
    lambda: complex(1, "2"),
    lambda: complex([]),
    lambda: complex(1, []),
    lambda: complex(None),
    lambda: complex("x"),
    lambda: complex(b"1"),
    lambda: complex(10 ** 400),
    lambda: 1j + 10 ** 400,
    lambda: 1j + "a",
    lambda: "a" + 1j,
    lambda: [1] * 1j,
    lambda: {}[1j],
    lambda: 1j.real2,
    lambda: complex(1, 2, 3),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Bad:
    def __complex__(self):
        return 6


class Bad2:
    def __complex__(self):
        return "a"


for o in (Bad(), Bad2()):
    try:
        complex(o)
    except TypeError as e:
        print("TypeError", e)


# Reflected operators and user classes.
class R:
    def __radd__(self, other):
        return ("radd", other)

    def __rmul__(self, other):
        return ("rmul", other)

    def __eq__(self, other):
        return "eq"


print(1j + R(), 2j * R(), 1j == R(), R() == 1j)


class L:
    def __add__(self, other):
        return ("add", other)

    def __lt__(self, other):
        return "lt"


print(L() + 1j, L() < 1j, 1j > L())
x = 1j
x += 1
x *= 2
x **= 2
x /= 1 + 1j
print(x)
1j < 1
