# Checks: def/return, default args (incl. mutable default pitfall), keyword args, recursion, None return, docstrings.
def add(a, b=10):
    """Add two numbers."""
    return a + b
print(add(1), add(1, 2), add(b=5, a=1), add.__name__, add.__doc__)
def noret():
    pass
print("none", noret())
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print("mutable default", append_to(1), append_to(2))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("fact", fact(10), fact(25))
def multi():
    return 1, "two", [3]
a, b, c = multi()
print("multi", a, b, c)
def early(x):
    for i in range(x):
        if i == 3:
            return i
    return -1
print("early", early(10), early(2))
f = add
print("first class", f(2, 3), [g(1) for g in (add, fact)])
print("defaults", add.__defaults__)
