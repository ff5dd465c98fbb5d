# Checks: deep `yield from` chains work below the limit and raise RecursionError (catchable) above it.
def gen(n):
    if n == 0:
        yield "bottom"
    else:
        yield from gen(n - 1)
print(list(gen(400)))
try:
    list(gen(5000))
except RecursionError as e:
    print("RecursionError", e)
def nested_next(n):
    g = iter([n])
    for _ in range(n):
        g = map(lambda x: x, g)
    return next(g)
print(nested_next(100))
print(list(gen(10)))
