# Benchmark: naive recursive Fibonacci (function calls, int arithmetic).
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
# fib(30) repeated 6 times so CPython takes ~0.5 s or more.
print([fib(30) for _ in range(6)])
