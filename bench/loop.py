# Benchmark: a tight integer loop, 10M iterations of simple arithmetic.
total = 0
i = 0
while i < 10_000_000:
    total = (total + i * 3) % 1_000_003
    i += 1
print(total)
