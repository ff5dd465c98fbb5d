# Checks: memoryview over bytes and bytearray: items, slices (stepped, reversed),
# item and slice assignment, formats via cast, tolist/tobytes/hex, attributes,
# comparisons with any bytes-like object, hashing, release and `with`, and the
# errors CPython raises for each misuse.
b = b'hello'
m = memoryview(b)
print(len(m), m[0], m[-1], list(m), m.tobytes(), m.tolist())
print(m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[4:1].tobytes())
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides)
print(m.suboffsets, m.contiguous, m[::2].contiguous, m[::2].strides)
print(m.hex(), m.hex(':'), m.hex('-', 2), m.obj is b)
print(m == b'hello', b'hello' == m, m != b'hellO', m == bytearray(b'hello'), m == 'hello')
print(hash(m) == hash(b'hello'), bytes(m), bytearray(m), str(m, 'ascii'))

ba = bytearray(b'abcdef')
w = memoryview(ba)
w[0] = 65
w[1:3] = b'BC'
w[-2:] = memoryview(b'EF')
print(ba, w.readonly, w[::-1].tolist())
w[::2] = b'xyz'
print(ba)

# Any bytes-like object where CPython takes one.
print(b'<' + w + b'>', bytearray(b'=') + w, b'cd' in memoryview(b'abcde'))
t = bytearray(b'12')
t += memoryview(b'34')
t.extend(memoryview(b'5'))
print(t, eval(memoryview(b'6 * 7')), int(memoryview(b'99')), float(memoryview(b'2.5')))
exec(bytearray(b'print("exec", 1)'))

# Formats.
c = memoryview(bytearray(8)).cast('i')
c[0] = -2
c[1] = 2**31 - 1
print(c.format, c.itemsize, len(c), c.tolist(), c.cast('B').tolist())
h = memoryview(bytearray(4)).cast('H')
h[1] = 65535
print(h.tolist(), memoryview(bytearray(b'\x00\x00\xc0\x3f')).cast('f').tolist())
print(memoryview(b'ab').cast('c').tolist(), memoryview(b'\x00\x02').cast('?').tolist())
print(memoryview(b'\x01\x02') == memoryview(bytearray(b'\x01\x02')).cast('b'))

# Release and the context manager.
with memoryview(b'xyz') as q:
    print(q[1])
print(repr(q).startswith('<released memory at 0x'))
for op in (lambda: q[0], lambda: len(q), lambda: q.tobytes(), lambda: q.obj,
           lambda: memoryview(q), lambda: bool(q)):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
q.release()
print(q == q, q == b'xyz')

# Errors.
tests = [
    lambda: memoryview(1),
    lambda: memoryview('abc'),
    lambda: memoryview(),
    lambda: m.__setitem__(0, 1),
    lambda: w.__setitem__(0, 256),
    lambda: w.__setitem__(0, -1),
    lambda: w.__setitem__(0, 'a'),
    lambda: w.__setitem__(0, 1.5),
    lambda: w.__setitem__(slice(0, 2), b'abc'),
    lambda: w.__delitem__(0),
    lambda: m[10],
    lambda: m[-10],
    lambda: m['a'],
    lambda: m[...],
    lambda: m + b'',
    lambda: hash(w),
    lambda: hash(c.toreadonly()),
    lambda: m < m,
    lambda: c.cast('h'),
    lambda: memoryview(b'abc').cast('i'),
    lambda: m[::2].cast('B'),
]
for t in tests:
    try:
        print('ok', t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
