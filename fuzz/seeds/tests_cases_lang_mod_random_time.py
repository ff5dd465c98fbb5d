# Checks: random (seeded; only sequence-independent properties) and time (monotonic, types only, no values).
import random, time
random.seed(12345)
xs = [random.random() for _ in range(100)]
print("random in [0,1)", all(0 <= x < 1 for x in xs))
ints = [random.randint(1, 6) for _ in range(200)]
print("randint range", min(ints) >= 1, max(ints) <= 6)
r = random.randrange(0, 100, 5)
print("randrange step", r % 5 == 0 and 0 <= r < 100)
items = list(range(20))
random.shuffle(items)
print("shuffle is permutation", sorted(items) == list(range(20)))
print("choice member", random.choice("abc") in "abc")
s = random.sample(range(50), 10)
print("sample", len(s), len(set(s)), all(0 <= v < 50 for v in s))
random.seed(7); a = [random.random() for _ in range(5)]
random.seed(7); b = [random.random() for _ in range(5)]
print("reseed reproducible", a == b)
print("uniform", 2.0 <= random.uniform(2, 3) <= 3.0)
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
total = sum(range(10000))
print("time types", type(t0).__name__, type(m0).__name__, type(p0).__name__)
print("monotonic", time.monotonic() >= m0, time.perf_counter() >= p0, t0 > 1.6e9)
time.sleep(0.01)
print("slept", time.perf_counter() - p0 >= 0.005)
