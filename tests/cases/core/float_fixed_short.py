# Fixed-point formatting of floats with few exact decimals (prices, halves) goes a
# short way; the text is CPython's, rounding included for values that need it.
vals = [0.0, -0.0, 0.5, 1.25, 2.5, 12.5, 94.5, 10.5 * 3, 0.125, 1e15, 2.0**52, 2.0**53,
        2.0**60, 1234567.75, 0.1, 0.01, 2.675, 1.005, -3.5, -0.25, 5e-324, 1e-7, 123.456,
        float("inf"), float("-inf"), float("nan"), 999.995, 0.045]
for v in vals:
    print(repr(v), "%.2f" % v, "%.0f" % v, "{:.3f}".format(v), "{:,.2f}".format(v),
          f"{v:.15f}", f"{v:.1%}", f"{v:#.0f}", "%.20f" % v, f"{v:+.4f}")
total = 0.0
for k in range(200):
    price = 10.5 + (k * 13) % 170
    total += price * (1 + k % 9)
    if k % 40 == 0:
        print("{:,.2f}".format(price * (1 + k % 9)), "%.2f" % total)
