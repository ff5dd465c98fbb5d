# Which side answers `a op b` when the right operand is an instance of an int or
# float subclass: the left type's number slot first unless the right type is a
# subclass of the left one (then its reflected method, when it overrides it).
class I(int):
    def __radd__(self, o):
        return "I.__radd__"

    def __rmul__(self, o):
        return "I.__rmul__"

    def __rand__(self, o):
        return "I.__rand__"

    def __rmatmul__(self, o):
        return "I.__rmatmul__"


class F(float):
    def __radd__(self, o):
        return "F.__radd__"

    def __rsub__(self, o):
        return "F.__rsub__"


class Plain(int):
    pass


i, f, p = I(7), F(2.0), Plain(3)
print(1.5 + i, 1.5 * i, 2 + i, 2 * i, True + i, 10**30 + i, (1 + 2j) + i)
print(1.5 & i, 1 & i, 1.5 @ i if False else "-", 2 @ i)
print(1 + f, 1.5 + f, 1.5 - f, 1 - f, True + f, (1 + 1j) + f, (1 + 1j) - f)
print(1.5 + p, 2 + p, 2 - p, 2 ** p, 2 ** Plain(-1), 7.5 // p, 7.5 % p, divmod(7, p))
print(1.5 < i, 1 == p, 2.0 == Plain(2))
for expr in ("1.5 / I(0)", "1 // Plain(0)", "(1+1j) // p", "1.5 << p", "[1] * p", "'ab' * p"):
    try:
        print(expr, "=", eval(expr))
    except (TypeError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__, e)
x = 5
x += i
y = 1.5
y += i
print(x, y, sum([1.5, i]), sum([i], 0.5))
