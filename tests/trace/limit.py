# recorded with --trace-limit 5 (see tests/trace.rs)
total = 0
for i in range(10):
    total += i
print(total)
