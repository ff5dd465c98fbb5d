# Checks: long runs over many seeds (small, negative, huge ints, str, bytes, floats)
# through every function reproduce CPython's values exactly; each seed's values are
# folded into a checksum (exact: floats by their integer ratio) and one line is
# printed per 25 seeds.
import random

MOD = 2**61 - 1
state = 88172645463325252


def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state


def fold(h, v):
    if isinstance(v, float):
        a, b = v.as_integer_ratio()
        return fold(fold(h, a), b)
    if isinstance(v, (bytes, bytearray)):
        return fold(h, int.from_bytes(v, "big") * 1000 + len(v))
    if isinstance(v, (list, tuple)):
        for x in v:
            h = fold(h, x)
        return fold(h, len(v))
    if isinstance(v, str):
        return fold(h, int.from_bytes(v.encode(), "big"))
    return (h * 1000003 + v) % MOD


count = 0
line = 0
for i in range(300):
    kind = i % 6
    v = lcg()
    if kind == 0:
        s = v % 1000
    elif kind == 1:
        s = -(v >> (v % 60))
    elif kind == 2:
        s = v ** ((v % 7) + 1)
    elif kind == 3:
        s = "s%d" % v * (v % 13)
    elif kind == 4:
        s = bytes((v >> (j % 56)) & 255 for j in range(v % 200))
    else:
        s = (v % 100000) / 7.0
    r = random.Random(s)
    vals = [r.random() for _ in range(10)]
    vals += [r.randrange(1 + lcg() % (10 ** (1 + i % 25))) for _ in range(10)]
    vals += [r.getrandbits(1 + lcg() % 300) for _ in range(5)]
    vals += [r.gauss() for _ in range(3)] + [r.normalvariate(1, 2) for _ in range(2)]
    vals += [r.gammavariate(0.2 + (lcg() % 50) / 10, 1.0) for _ in range(3)]
    vals += [r.vonmisesvariate(0.5, (lcg() % 40) / 4) for _ in range(2)]
    vals += [r.betavariate(0.5 + lcg() % 5, 0.5 + lcg() % 3) for _ in range(2)]
    vals.append(r.sample(range(60 + lcg() % 5000), 1 + i % 60))
    vals.append(r.choices(range(7), [1, 0.5, 3, 0, 2, 2.5, 1], k=8))
    xs = list(range(i % 40))
    r.shuffle(xs)
    vals.append(xs)
    vals += [r.expovariate(0.3), r.weibullvariate(2, 3), r.paretovariate(1.5),
             r.lognormvariate(0, 1), r.triangular(0, 5, 1), r.uniform(-2, 2),
             r.randbytes(i % 17), r.randint(-100, 100), r.choice("abcdefgh")]
    count += len(vals)
    line = fold(line, vals)
    if i % 25 == 24:
        print(i + 1, count, line)
