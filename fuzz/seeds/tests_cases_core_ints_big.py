# Checks: arbitrary-precision ints: growth past 64 bits, arithmetic, division, pow, negatives, str round trip.
x = 2 ** 64
print("2**64", x)
print("2**64+1", x + 1, "2**64-1", x - 1)
print("2**100", 2 ** 100)
print("neg", -(2 ** 70))
f = 1
for i in range(1, 31):
    f *= i
print("30!", f)
print("30! // 7**10", f // 7 ** 10, "mod", f % 7 ** 10)
print("neg floordiv", -(10 ** 30) // 7, "neg mod", -(10 ** 30) % 7)
print("mixed cmp", 2 ** 80 > 2 ** 79, 2 ** 64 == 18446744073709551616)
print("pow mod", pow(3, 200, 10 ** 9 + 7))
print("str round", int(str(3 ** 90)) == 3 ** 90, len(str(3 ** 90)))
print("big * small", (2 ** 62) * 4, (2 ** 63) * -1)
print("shift", 1 << 100, (1 << 100) >> 98)
print("bitops", (2 ** 70 | 1) & 0xFF, (2 ** 70) ^ (2 ** 70 + 5))
print("to float", float(2 ** 60), 2 ** 70 / 2 ** 68)
