# Checks: range objects (repr, len, indexing, negative steps, membership) and slicing of lists/strings/tuples.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], 5 in r, 6 in r)
print(range(5), range(0), list(range(10, 0, -3)), list(range(0)), len(range(-5)))
print("range slice", r[1:3], list(r[::-1]))
print("range eq", range(0) == range(5, 2), range(3).index(2), range(3).count(1))
L = list(range(10))
print(L[2:5], L[:3], L[7:], L[-3:], L[::3], L[::-2], L[8:2:-2], L[100:], L[-100:2])
print("str", "abcdef"[1:-1], "abcdef"[::-1], "abcdef"[4:1], "abc"[5:])
print("tuple", (1, 2, 3, 4)[1::2])
print("slice obj", L[slice(1, 4)], slice(1, 4, None))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
