# Checks: small int arithmetic, floor division and modulo with negative operands, power, comparisons.
a, b = 17, 5
print("add", a + b, "sub", a - b, "mul", a * b)
print("truediv", a / b, "floordiv", a // b, "mod", a % b)
print("neg floordiv", -17 // 5, 17 // -5, -17 // -5)
print("neg mod", -17 % 5, 17 % -5, -17 % -5)
print("pow", 2 ** 10, (-2) ** 3, 2 ** -1)
print("divmod", divmod(17, 5), divmod(-17, 5))
print("cmp", 3 < 5, 5 <= 5, 3 == 3.0, 1 != 2, 1 < 2 < 3, 3 > 2 > 2)
print("unary", -a, +a, ~a, ~-1)
print("abs", abs(-42), abs(0))
print("int()", int("123"), int("-7"), int(" 42 "), int(3.99), int(-3.99), int(True))
print("bases", int("ff", 16), int("0b101", 0), int("777", 8), hex(255), oct(8), bin(5))
print("underscores", 1_000_000, int("1_000"))
