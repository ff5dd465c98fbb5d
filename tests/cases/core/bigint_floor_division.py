# Floor division and modulo of big ints whose quotient is short (a few bits up to a few
# thousand) against the divisor's size: exact quotients and remainders for all sign
# combinations, exact multiples and off-by-one dividends, refcounts of the operands
# unchanged, the pidigits-style spigot digits, and zero divisors.
import sys

def num(seed, bits):
    # deterministic big number of exactly `bits` bits
    v = 1
    s = seed
    while v.bit_length() < bits:
        s = (s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        v = (v << 64) | s
    return v >> (v.bit_length() - bits)

seed = 1
for abits in (8000, 8400, 12000, 30000):
    for qbits in (1, 2, 63, 64, 65, 700, 2047, 2048, 2049, 4100):
        seed += 1
        a = num(seed, abits)
        b = num(seed * 7 + 3, abits - qbits)
        for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (b * 5, b), (b * 5 - 1, b),
                     (-b * 5, b), (b * 5 + 1, -b)):
            q = x // y
            r = x % y
            ok = q * y + r == x and (0 <= r < y if y > 0 else y < r <= 0)
            print(abits, qbits, ok, q.bit_length(), q % 99991, r % 99991, divmod(x, y) == (q, r))

x = num(99, 9000)
y = num(98, 8990)
before = sys.getrefcount(x), sys.getrefcount(y)
for _ in range(3):
    z = x // y
    z = x % y
print(sys.getrefcount(x) - before[0], sys.getrefcount(y) - before[1], sys.getsizeof(x // y))

def spigot(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

digits = spigot(1200)
print("".join(map(str, digits[:40])), sum(digits), digits[-10:])

for op in ("//", "%"):
    try:
        eval("x " + op + " 0")
    except ZeroDivisionError as e:
        print(op, e)
