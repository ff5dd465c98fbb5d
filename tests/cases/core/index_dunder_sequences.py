# `__index__` wherever CPython's sequences take an integer: str/tuple/bytes/bytearray
# subscripts, repetition of every builtin sequence (both operand orders, `*=`), the
# OverflowError of a count that does not fit, and int subclasses taken as ints
# without their overriding `__index__` (operator.index, len's result, subscripts).
import operator


class N:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class MyInt(int):
    def __index__(self):
        return 99


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for seq in ["abcde", (1, 2, 3, 4, 5), b"abcde", bytearray(b"abcde"), [1, 2, 3, 4, 5]]:
    print(type(seq).__name__)
    attempt(lambda: seq[N(2)])
    attempt(lambda: seq[N(-1)])
    attempt(lambda: seq[MyInt(1)])
    attempt(lambda: seq[N(10)])
    attempt(lambda: seq[N(2**70)])
    attempt(lambda: seq[2**70])
    attempt(lambda: seq["x"])
    attempt(lambda: seq * N(2))
    attempt(lambda: N(2) * seq)
    attempt(lambda: seq * N(-3))
    attempt(lambda: seq * MyInt(2))
    attempt(lambda: seq * (2**70))
    attempt(lambda: N(2**70) * seq)
    attempt(lambda: seq * 2.0)
    attempt(lambda: seq.__mul__(N(2)))
    attempt(lambda: seq.__rmul__(N(1)))
    attempt(lambda: seq.__mul__(2.0))
    attempt(lambda: seq.__mul__(2**70))

b = bytearray(b"xy")
alias = b
b *= N(3)
print(b, b is alias)
l = [1, 2]
alias = l
l *= N(2)
print(l, l is alias)
s = "ab"
s *= N(2)
print(s)
attempt(lambda: operator.index(MyInt(7)))
print(type(operator.index(MyInt(7))).__name__)


class BadInt2(int):
    def __index__(self):
        return True


print(operator.index(BadInt2()))


class Rmul:
    def __index__(self):
        return 2

    def __rmul__(self, other):
        return "rmul wins"


print("ab" * Rmul())
