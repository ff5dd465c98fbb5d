# Dicts reuse the allocations of freed dicts (a free list): sizes must still be
# CPython's, whatever the recycled dict held before.
import sys

def sizes():
    out = []
    for n in range(8):
        d = {"k%d" % i: i for i in range(n)}
        out.append(sys.getsizeof(d))
        e = {1: 2}
        out.append(sys.getsizeof(e))
        f = {}
        out.append(sys.getsizeof(f))
        f[1] = 1
        out.append(sys.getsizeof(f))
        g = {"a": 1, "b": 2, "c": 3}
        out.append(sys.getsizeof(g))
    return out

for _ in range(3):
    junk = [{"x": i, i: "y"} for i in range(200)]
    del junk
    print(sizes())
d = {"a": 1}
d.clear()
print(sys.getsizeof(d))
d["b"] = 2
print(sys.getsizeof(d), d)
big = {i: i for i in range(1000)}
big.clear()
print(sys.getsizeof(big), big)
big[1] = 1
print(sys.getsizeof(big), big)
