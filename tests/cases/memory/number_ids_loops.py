# Which memory each number computed in a loop gets, as CPython 3.11 hands it out:
# the result of `a op b` is made before the operands are let go of, a float from
# the float free list (100 entries, some left by start-up), an int from its
# allocator size class (one or two 30-bit digits, or three). Each line prints the
# sequence of id()s as labels in order of first appearance, so any change in
# which block is reused shows.
import sys

# Start-up left floats on the free list: the first floats made use that memory.
f0 = 1.5 * 2.0
f1 = f0 * 3.0
f2 = f1 + f0
first = [id(f0), id(f1), id(f2)]


def labels(ids):
    seen = {}
    return [seen.setdefault(i, len(seen)) for i in ids]


def floats_chain(n):
    x, out = 0.0, []
    for i in range(n):
        x = x * 0.5 + 1.5
        out.append(id(x))
    return labels(out)


def ints_chain(n):
    t, out = 0, []
    for i in range(1000, 1000 + n):
        t = (t + i * 3) % 1000003
        out.append(id(t))
    return labels(out)


def both_die(n):
    # The list is made at its full size: a list's growing item array takes blocks
    # of the allocator's small classes too, which mempy does not model.
    out = [None] * (2 * n)
    a, b = 1.25, 2.5
    for i in range(n):
        v = (a * b) + (b * a)
        out[i] = id(v)
    for i in range(n):
        w = (i * 1000) + (i * 2000)
        out[n + i] = id(w)
    return labels(out)


def right_dies(n):
    out = []
    y = 3.0
    for i in range(n):
        v = y + (y * 2.0)
        out.append(id(v))
        del v
    for i in range(300, 300 + n):
        w = i - (i * 7)
        out.append(id(w))
    return labels(out)


def mixed(n):
    out = []
    for i in range(1000, 1000 + n):
        v = (i * 3) * 0.5
        out.append(id(v))
        w = (v * 2.0) // 1
        out.append(id(w))
        k = int(w) + (i * 2)
        out.append(id(k))
    return labels(out)


def same_operand(n):
    out = []
    x = 1.001
    for i in range(n):
        x = x * x
        out.append(id(x))
    t = 1001
    for i in range(n):
        t = (t * t) % 100003 + 1000
        out.append(id(t))
    return labels(out)


def inplace(n):
    out = []
    x = 0.0
    for i in range(n):
        x += 1.5
        x *= 1.0
        out.append(id(x))
    t = 5000
    for i in range(n):
        t += 1
        t -= 1000
        t += 1000
        out.append(id(t))
    return labels(out)


def counts():
    x = 2.5
    y = x * 2.0
    z = y + (x * 4.0)
    t = 10**6
    u = (t + 1) * 2
    return [sys.getrefcount(v) for v in (x, y, z, t, u)]


print("start-up floats:", labels(first))
print("floats:", floats_chain(8))
print("ints:", ints_chain(8))
print("both die:", both_die(5))
print("right dies:", right_dies(5))
print("mixed:", mixed(4))
print("same operand:", same_operand(5))
print("in place:", inplace(5))
print("counts:", counts())

# A full float free list: a dying float goes to the allocator instead.
many = [i * 0.5 for i in range(1000, 1150)]
del many
print("full list floats:", floats_chain(6))
keep = [float(i) + 0.25 for i in range(120)]
print("empty list floats:", floats_chain(6))
print("empty list mixed:", mixed(3))
del keep
print("after:", floats_chain(4), ints_chain(4))

# While tracemalloc traces, numbers come from the same places.
import tracemalloc
tracemalloc.start()
print("traced:", floats_chain(6), ints_chain(4), both_die(3))
tracemalloc.stop()
print("untraced again:", floats_chain(6), right_dies(3))
