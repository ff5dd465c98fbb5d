# Benchmark: string building, join, f-strings, split.
parts = []
for i in range(600_000):
    parts.append(f"item{i}:{i * 3 % 97:03d}")
text = ",".join(parts)
fields = text.split(",")
total = 0
for f in fields:
    name, val = f.split(":")
    total += int(val) + len(name)
s = ""
for i in range(60_000):
    s += str(i % 10)
print(len(text), len(fields), total, len(s), s.count("7"), text.upper()[:12])
