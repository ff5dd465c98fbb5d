# Slices of ranges whose bounds stay in i64, against CPython's compute_slice
# (the result maps the slice's clipped stop, not the last element's end).
rs = [range(10), range(3, 40, 4), range(10, -10, -3), range(0), range(-5, 5), range(0, 10**6, 7)]
sl = [slice(None), slice(1, None, 2), slice(None, None, -1), slice(-3, None), slice(2, -2),
      slice(100, 200), slice(-100, 3), slice(5, 1, -2), slice(None, None, 3), slice(0, 0),
      slice(-1, -100, -4), slice(True, None), slice(9, None, -1000)]
for r in rs:
    print([r[s] for s in sl])
    print([list(r[s])[:5] for s in sl])
big = range(-2**63, 2**63 - 1)
print(big[::2], big[1:3], big[::-1][:2])
print(range(2**62)[::-1][:3], range(0, 2**63 - 1, 2**62)[::1])
try:
    range(5)[::0]
except ValueError as e:
    print("ValueError", e)
print(range(10)[2**100:], range(10)[:-2**100])
