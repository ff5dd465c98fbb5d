# Benchmark: recursion to depth 100,000 after sys.setrecursionlimit(200000), repeated 75 times.
# CPython 3.11 reaches this depth on the main thread with the default 8 MiB C stack (pure-Python
# calls do not recurse in C in 3.11), so no threading.stack_size is needed; checked on this machine.
import sys
sys.setrecursionlimit(200_000)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
results = [down(100_000) for _ in range(75)]
print(results[0], len(results))
