# Checks: assignment expressions (walrus) in if/while/comprehensions and star-unpacking in assignments, calls, literals.
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("walrus if", n)
it = iter(data)
while (v := next(it, None)) is not None:
    print(" while", v)
print("comp", [y for x in data if (y := x * 2) > 5], "leaks", y)
first, *rest = data
print("star first", first, rest)
*init, last = data
print("star last", init, last)
a, *mid, b = range(6)
print("star mid", a, mid, b)
x, *empty = [1]
print("star empty", x, empty)
(p, *q), r = "abc", 5
print("nested star", p, q, r)
print("literal", [*data, 0], (*"ab", *"cd"), {*[1, 1, 2]}, {**{"a": 1}, "b": 2})
def f(*args):
    return args
print("call", f(*data, *range(2)))
for head, *tail in [(1, 2, 3), (4,)]:
    print(" loop star", head, tail)
