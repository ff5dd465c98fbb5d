# Argument binding reports as CPython's initialize_locals: keyword errors before
# "too many positional", and that message counts the keyword-only arguments given.
def f(a): pass
def g(a, *, k=1, j=2): pass
def h(a, b=2, *, k): pass
for call in [lambda: f(1, 2, b=3), lambda: f(1, 2, a=3), lambda: g(1, 2, k=3),
             lambda: g(1, 2, 3, k=3, j=4), lambda: h(1, 2, 3, k=1), lambda: h(1, 2, 3),
             lambda: g(1, 2), lambda: f(), lambda: f(1, 2), lambda: g(1, 2, j=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
g(1, 2, k=5)
