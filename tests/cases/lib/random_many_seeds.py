# random: 60 seeds through every method (ints, sequences, sample with and without counts, choices with weights, all distributions, getrandbits, randbytes, shuffle).
import random
acc = []
for seed in range(60):
    r = random.Random(seed * 7919 + 3)
    acc.append((r.random(), r.randrange(seed + 1, seed * 100 + 50, (seed % 5) + 1), r.randint(-seed, seed),
                r.choice(range(seed + 1)), r.sample(range(seed * 37 + 10), min(seed, 20)), r.choices('abcdefgh', k=seed % 7),
                r.choices(range(5), weights=[seed % 3 + 1, 1, 2, 0, 5], k=3), r.uniform(-seed, seed), r.triangular(0, seed + 1, seed / 2),
                r.gauss(seed, 2), r.normalvariate(), r.expovariate(seed + 1), r.betavariate(seed % 4 + .5, 2), r.gammavariate(seed % 3 + 0.3, 1.5),
                r.lognormvariate(0, .5), r.vonmisesvariate(seed, seed % 4), r.paretovariate(seed + 1), r.weibullvariate(2, seed % 3 + 1),
                r.getrandbits(seed * 3 + 1), r.randbytes(seed % 9)))
    l = list(range(seed)); r.shuffle(l); acc.append(l)
    acc.append(r.sample(list(range(seed)), seed))
    acc.append(r.sample(range(1000), 5, counts=None))
    acc.append(r.sample('abc', 4, counts=[2, 1, 3]))
    acc.append([r.randrange(2 ** (seed + 1)) for _ in range(5)])
for i, a in enumerate(acc): print(i, a)
