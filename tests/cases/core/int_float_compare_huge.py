# Comparing an int with a float beyond 2**127 is exact: int(1e308) equals 1e308
# on either side, a neighbouring int does not, and the ordering follows the exact
# values (the float's floor is converted to an int without saturating).
big = int(1e308)
print(big == 1e308, 1e308 == big, big != 1e308)
print(10**308 == 1e308, 1e308 == 10**308)
print(big + 1 > 1e308, big - 1 < 1e308, 1e308 < big + 1, 1e308 > big - 1)
print(2**200 == 2.0**200, 2**200 + 1 == 2.0**200, 2**200 + 1 > 2.0**200)
print(-(2**130) == -(2.0**130), -(2**130) - 1 < -(2.0**130))
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float("inf"))
print(int(1.5e300) <= 1.5e300, int(1.5e300) >= 1.5e300)
print(complex(1e308, 0) == big, big == complex(1e308, 0))
