# int / int of big operands is correctly rounded, also when the result is subnormal
# (rounded once at the subnormal precision), zero, or near the overflow limit.
values = [
    (75312, 69187 * 2**1073),
    (1, 3 * 2**1070),
    (2**1100 + 1, 2**2100),
    (3, 2**1076),
    (1, 2**1075),
    (1, 2**1075 - 1),
    (-7, 2**1080),
    (10**400, 10**92),
    (2**1024 - 2**971, 1),
    (2**1024 - 2**970 - 1, 1),
    (-(2**1100), 3**600),
    (12345678901234567890123, 98765432109876543210),
]
for a, b in values:
    print(repr(a / b))
for a, b in ((2**1024, 1), (10**400, 3)):
    try:
        a / b
    except OverflowError as e:
        print("OverflowError", e)
