# range slices, reversed() over the sequence protocol, dict view truth and hashing,
# identity of unchanged strip results, int/float from bytes, and format corners.

for r, s in [(range(4), slice(1, None, 2)), (range(4), slice(1, -2, 2)),
             (range(1, 100, 5), slice(5, 15, 3)), (range(1, 100, 5), slice(15, 5, -3)),
             (range(100, 1, -5), slice(5, 15, -3)), (range(10), slice(None, None, -1)),
             (range(0), slice(None)), (range(7, -2, -4), slice(None))]:
    x = r[s]
    print(x, list(x) == list(r)[s])


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class NoRev(Seq):
    __reversed__ = None


print(list(reversed(Seq())))
for obj in (NoRev(), 5, {1, 2}):
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)

for d in ({}, {1: 2}):
    print(bool(d.keys()), bool(d.values()), bool(d.items()))
for v in ({}.keys(), {}.items()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(type(hash({}.values())))

s = "abc"
b = b"abc"
print(s.strip() is s, s.lstrip("x") is s, s.rstrip("c") is s, (" " + s).strip() == s)
print(b.strip() is b, b.rstrip(b"z") is b, bytearray(b).strip() is b)

print(int(b"12"), int(b" 12 ", 16), int(bytearray(b"0x1f"), 0), float(b"1.5"), float(bytearray(b" -2e3 ")))
for f in (lambda: int(b"1x"), lambda: float(b"nope"), lambda: int(b"12", 40)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)

print(repr(object())[:17], type(__debug__), __debug__)

for fmt in ["abc{!d}", "{0!x:>{1}}", "{!s}"]:
    try:
        print(fmt.format("v", 3))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)

for fmt, arg in [("%(foo)s %s %(foo)s", {"foo": 1}), ("%s %(foo)s %(foo)s", {"foo": 1}),
                 ("%(foo)s %s", {"foo": 1}), ("%(a)s-%(b)s", {"a": 1, "b": 2})]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print("TypeError:", e)

# slice.indices
for s, n in [(slice(None), 10), (slice(2, 5), 10), (slice(None, None, -1), 10),
             (slice(-3, None), 2), (slice(1, 100, 3), 7), (slice(5, 1, -2), 4)]:
    print(s, n, s.indices(n), len(range(*s.indices(n))) == len(range(n)[s]))
for bad in ((slice(None), -1), (slice(None, None, 0), 3), (slice(None), "x")):
    try:
        bad[0].indices(bad[1])
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
