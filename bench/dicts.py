# Benchmark: dict insert and lookup with int and str keys.
d = {}
for i in range(900_000):
    d[i] = i * 2
hits = 0
for i in range(0, 1_800_000, 2):
    if i in d:
        hits += d[i]
s = {}
for i in range(300_000):
    s["key" + str(i)] = i
tot = 0
for i in range(300_000):
    tot += s["key" + str(i % 5000)]
for i in range(0, 300_000, 3):
    del s["key" + str(i)]
print(hits, tot, len(d), len(s))
