# Checks: mutual recursion: correct results below the limit, uncaught RecursionError traceback alternating two frames.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print("is_even(100)", is_even(100), "is_odd(7)", is_odd(7))
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
