# Float repr picks, among the shortest strings that read back as the same float, the
# one nearest the exact value, ties to even (Gay's dtoa mode 0, as CPython).
print(1e15 + 0.2)
print(repr(1e15 + 0.2), str(1e15 + 0.2), format(1e15 + 0.2), '%r' % (1e15 + 0.2))
for i in range(8):
    print(float(10 ** 15 + i) + 0.25, float(10 ** 14 + i) + 0.125)
print(0.1 + 0.2, 1 / 3, 5e-324, 1.7976931348623157e308, 2.5e-5, 1e16)
