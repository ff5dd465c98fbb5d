# Checks: the integer and sequence functions draw exactly CPython's values:
# randrange (all argument forms, huge ranges), randint, choice, shuffle, sample (the
# pool path and the set path, counts=), choices (equal weights, weights, cum_weights).
import random

r = random.Random(12345)
print([r.randrange(10) for _ in range(20)])
print([r.randrange(5, 15) for _ in range(10)])
print([r.randrange(-20, 20, 3) for _ in range(10)])
print([r.randrange(20, -20, -7) for _ in range(10)])
print([r.randrange(n) for n in (1, 2, 2**31, 2**32, 2**32 + 1, 2**53, 2**64, 10**25)])
print(r.randrange(-10**30, 10**30), r.randrange(0, 10**40, 10**20))
print([r.randint(1, 6) for _ in range(30)])
print([r.randint(-3, 3) for _ in range(10)], r.randint(7, 7), r.randint(0, 2**100))
print(r.randrange(True), r.randrange(False, 3), r.randrange(1, 9, True))

print([r.choice("abcdefg") for _ in range(15)])
print([r.choice(range(100, 200, 7)) for _ in range(5)], r.choice((None,)), r.choice(b"xyz"))

for n in (0, 1, 2, 10, 57):
    xs = list(range(n))
    r.shuffle(xs)
    print(n, xs)
words = "the quick brown fox jumps over the lazy dog".split()
r.shuffle(words)
print(words)

# pool path (n small compared with the set size) and set path (n large)
for n, k in ((10, 10), (10, 4), (21, 5), (22, 5), (30, 6), (85, 10), (86, 10), (100, 30),
             (1000, 30), (10**9, 8), (5, 0)):
    print("sample", n, k, r.sample(range(n), k))
print(r.sample("abcdefghij", 4), r.sample((1.5, 2.5, 3.5), k=3), r.sample(list("xyz"), 2))
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample(range(4), counts=[3, 0, 2, 5], k=10))

print(r.choices("abc"), r.choices(range(10), k=12))
print(r.choices("abc", [1, 2, 3], k=12))
print(r.choices("abc", [0.5, 0, 9.5], k=12))
print(r.choices("abcd", cum_weights=[1, 1, 5, 10], k=12))
print(r.choices([10, 20], weights=(1, 1), k=0))

# the module-level functions share one hidden generator
random.seed(77)
a = [random.randrange(100), random.choice("xyz"), random.sample(range(40), 3),
     random.choices("ab", k=4), random.randint(1, 10)]
random.seed(77)
b = [random.randrange(100), random.choice("xyz"), random.sample(range(40), 3),
     random.choices("ab", k=4), random.randint(1, 10)]
print(a, a == b)
