# Checks: recursion over a deeply nested data structure (nested lists 500 deep) works; 5000 deep raises RecursionError in user code.
def nest(n):
    v = []
    for _ in range(n):
        v = [v]
    return v
def depth(x):
    return 0 if not x else 1 + depth(x[0])
print("depth 500", depth(nest(500)))
try:
    depth(nest(5000))
except RecursionError as e:
    print("depth 5000:", e)
