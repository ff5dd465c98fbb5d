# Imaginary literals, the complex type's arithmetic, repr and conversions.
import sys

print(1j, 2.5J, 1e3j, 1_0j, 0j, .5j, 1e-320j)
print(1 + 2j, 1 - 2j, -1j, -(1 + 2j), +(1 + 2j))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), -0j, 0j * -1)
nan, inf = float("nan"), float("inf")
print(complex(nan, inf), complex(-inf, -nan), complex(1, -nan), complex(1e16, 1e-5))
print(complex(1.5, 2.25), complex(123456789012345678, 0.1), complex(0.1 + 0.2, 3))

# Parts and methods.
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), type(z.real), z.__complex__() is z)
print((5).imag, (2.5).imag, True.real, z.__getnewargs__())

# Arithmetic with int, bool, float and complex, both sides.
for a in (2, True, 1.5, 1 + 1j):
    for b in (3j, 1 - 2j):
        print(a + b, b + a, a - b, b - a, a * b, b * a, a / b, b / a)
print((1 + 2j) ** 2, (1 + 2j) ** -2, (1 + 2j) ** 0, 2 ** (1 + 1j), (1 + 2j) ** 0.5)
print(1j ** 1j, (1 + 1j) ** 101, (2 + 0j) ** 200, 0j ** 0, 0j ** 0j, 0j ** 2)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, pow(-4, 0.5))
print(1e308j * 10, (1e300 + 1e300j) * (1e300 + 1e300j))
print(1j * inf, (1 + 1j) / (inf + 0j), (1 + 1j) / complex(nan, 1))

# Equality with numbers (no ordering), truth, hash.
print(1 + 0j == 1, 1.0 == 1 + 0j, 1j == 1j, 1j != 1, (1 + 0j) == True, 2 ** 60 + 0j == 2 ** 60)
print(2 ** 53 + 1 == complex(2 ** 53 + 1), 0j == 0, 0j == False, [1j] == [1j], 1j == "1j")
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, nan)), not 0j)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(1j), hash(1 + 2j))
print(hash(complex(-1, 0)), hash(complex(inf, -inf)), hash(-1.5j))
print({1: "a", 1 + 0j: "b", 1.0: "c"}, {0, 0j, 0.0, False}, 1j in {1j: 0}, len({1j, 1j, 2j}))

# repr/str/format.
print(repr(1 + 2j), str(-1.5 - 0j), f"{2 - 3j}", f"{2j!r:>8}")
for spec in ["", "10", "<12", "^14", "+", " ", ".2", ".3f", "e", ".2E", "g", "G", "n",
             "+.1f", "*>20.4e", "z.1f", ",", "_.2f", "#.0f", ">10"]:
    print(repr(spec), repr(format(1234.5 - 0.00001j, spec)), repr(format(-0.0 + 3j, spec)),
          repr(format(3j, spec)))
print("%s %r" % (1j, 1 + 1j), "{} {:.1f}".format(1j, 2 + 2j), str.format("{0.imag}", 4j))

# Constructor.
print(complex(), complex(1), complex(1, 2), complex(1.5, -2.5), complex(True, False))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(imag=2), complex(real=1, imag=3))
for s in ["1+2j", " ( 1.5e3-2J ) ", "j", "-j", "+1.5J", "1-j", "1_000+2_0j", "inf-infj",
          "nan", "-1e-3", "(3)", "  7j  ", "1e5j"]:
    print(repr(s), complex(s))
for s in ["", "1+", "1+2", "j1", "1j+2", "1+2j+3", "1 + 2j", "(1j", "1j)", "1__0j", "_1j", "()", "jj"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError", e)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Cx:
    def __complex__(self):
        return 1 + 1j


print(complex(F()), complex(I()), complex(Cx()), complex(F(), I()), complex(Cx(), 2))
x = 1 + 1j
print(complex(x) is x, type(complex(x)))
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)))


class MyComplex(complex):
    def extra(self):
        return "extra"


m = MyComplex(1, 2)
print(m, repr(m), type(m).__name__, m.real, m.imag, m.conjugate(), m + 1, m * 2j, m.extra())
print(m == 1 + 2j, hash(m) == hash(1 + 2j), isinstance(m, complex), abs(MyComplex(3, 4)))
print(type(complex.__new__(MyComplex, 5)).__name__, complex.__add__(1j, 2))
print(__import__("copy").deepcopy([1j, (2+3j)]), __import__("copy").copy(1j))
