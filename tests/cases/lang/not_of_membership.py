# `not (a is b)` / `not (a in b)` compile as `a is not b` / `a not in b` (CPython's
# AST optimiser): the same answers, the "is not" SyntaxWarning, and the
# traceback located at the comparison.
x = 1000
y = [1, 2]
print(not (x is None), not (x is not None), not (2 in y), not (3 not in y))
print(not (x is 1))
def f(a, b):
    return not (a in b)
print(f(1, y))
f(1, 3)
