# memoryview.cast with a shape: multi-dimensional views (shape, strides, ndim,
# nbytes, contiguity), tolist() of them, tuple indexing and assignment, slicing the
# first dimension, casting back to 1-D, comparison, and the errors CPython gives.
def show(f):
    try:
        r = f()
        print(r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(bytearray(range(24)))
for shape in [(2, 12), (4, 3, 2), [6, 4], (24,), (1, 1, 24)]:
    v = m.cast("B", shape)
    print(v.shape, v.strides, v.ndim, v.nbytes, len(v), v.c_contiguous, v.tolist())
v = m.cast("B", (2, 3, 4))
print(v[1, 2, 3], v[-1, -1, -1], v[0, 0, 0])
v[1, 0, 0] = 99
print(m[12], bytes(v)[:14])
show(lambda: v[0])
show(lambda: v[0, 1])
show(lambda: v[0, 1, 2, 3])
show(lambda: v[2, 0, 0])
show(lambda: v[0:1, 0:1])
show(lambda: v[1:])
show(lambda: v[::-1].shape)
show(lambda: v[::2].c_contiguous)
show(lambda: list(v))
show(lambda: v.tobytes()[-3:])
w = m.cast("I", (2, 3))
print(w.shape, w.strides, w.format, w.itemsize, w.tolist())
print(w.cast("B").shape, w.cast("B", (24,)).shape)
show(lambda: w.cast("B", (2, 12)))
show(lambda: m.cast("B", (5, 5)))
show(lambda: m.cast("B", (0, 24)))
show(lambda: m.cast("B", (2, "a")))
show(lambda: m.cast("B", 24))
show(lambda: m[::2].cast("B", (3, 4)))
show(lambda: m.cast("I", (2, 3)).cast("H", (12,)))
print(m.cast("B", (4, 6)) == m.cast("B", (4, 6)), m.cast("B", (4, 6)) == m.cast("B", (6, 4)))
print(m.cast("B", (4, 6)) == m, memoryview(b"1234").cast("B", (2, 2)) == b"1234")
print(bytes(memoryview(b"abcdef").cast("c", (3, 2))), memoryview(b"ab").cast("c", (1, 2)).tolist())
print(hash(memoryview(b"abcd").cast("B", (2, 2))) == hash(b"abcd"))
import base64
print(base64.b64encode(memoryview(b"abcdef").cast("B", (2, 3))))
show(lambda: base64.encodebytes(memoryview(b"abcd").cast("B", (2, 2))))
