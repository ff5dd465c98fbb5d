# Benchmark: list append, indexing, slicing and sort.
import random
random.seed(1)
data = []
for i in range(900_000):
    data.append((i * 7919) % 1_000_003)
s = 0
for i in range(len(data)):
    s += data[i] if i % 2 else -data[i]
data.sort()
rev = sorted(data, reverse=True)
chunks = [data[i:i + 100] for i in range(0, len(data), 100)]
print(s, data[0], data[-1], rev[0], len(chunks), sum(len(c) for c in chunks))
