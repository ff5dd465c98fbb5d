# Checks: round(float, ndigits) is correctly rounded for any ndigits (half to even on
# the exact binary value), keeps the sign of zero, returns x itself past 323 digits and
# a zero past -308, and raises OverflowError when the rounded value is too large.
print(round(1.0, -1000), (1.2e300).__round__(-500), round(-5.0, -400), round(1.5e300, -299))
print(round(123.456, 1000), round(5.5, -1), round(-0.0, -3), round(-4.0, -1), round(-0.4, 0))
print(round(25.4, -1), round(15.0, -1), round(25.0, -1), round(35.0, -1), round(1e-30, 25))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1e22, -22), round(5e22, -23))
print(round(5e-324, 323), round(5e-324, 400), round(123456789.0, -3), round(-987654321.5, -5))
print(round(float('inf'), -2), round(float('nan'), 3), round(1.7976931348623157e308, -300))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(e)
