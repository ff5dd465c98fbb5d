# Positional-only parameters passed by keyword: CPython names every one of them,
# in parameter order, as soon as one keyword is not accepted.
def f(a, b, /, c=3):
    return a, b, c
for kw in ({"a": 1, "b": 2}, {"b": 2, "a": 1}, {"z": 1, "a": 2}, {"z": 1}, {"b": 1, "c": 2}):
    try:
        f(**kw)
    except TypeError as e:
        print(e)
def g(a, /, **k):
    return a, k
print(g(1, a=2))
