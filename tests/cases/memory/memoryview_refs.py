# Checks: a memoryview holds one reference to its exporter through a shared managed
# buffer (slices and views of views add none), gives it back on release or when the
# last view dies; an exported bytearray cannot change size (BufferError) until then;
# sys.getsizeof of a view is CPython's 184.
import sys, gc

b = b'abcdef'
base = sys.getrefcount(b)
m = memoryview(b)
print(sys.getrefcount(b) - base, sys.getsizeof(m), sys.getsizeof(m[1:]))
s = m[1:3]
v = memoryview(m)
print(sys.getrefcount(b) - base, s.obj is b, v.obj is b, gc.is_tracked(m))
m.release()
print(sys.getrefcount(b) - base, s.tobytes())
del s
print(sys.getrefcount(b) - base)
v.release()
print(sys.getrefcount(b) - base)

ba = bytearray(b'xyz')
m = memoryview(ba)


def iadd():
    global ba
    ba += b'!'


for op in (lambda: ba.append(1), lambda: ba.extend(b'12'), lambda: ba.pop(),
           lambda: ba.clear(), lambda: ba.insert(0, 1), lambda: ba.remove(120),
           iadd, lambda: ba.__delitem__(0),
           lambda: ba.__setitem__(slice(0, 1), b'12')):
    try:
        op()
        print('resized', ba)
    except BufferError as e:
        print('BufferError:', e)
ba[0:1] = b'X'
ba[1] = 89
print(ba, m.tobytes())
t = m[1:]
del m
try:
    ba.append(1)
except BufferError as e:
    print('still exported:', e)
del t
ba.append(33)
print(ba)
with memoryview(ba) as w:
    try:
        ba.pop()
    except BufferError:
        print('exported in with')
ba.pop()
print(ba)

# A view of a temporary keeps it alive.
m = memoryview(bytearray(b'temp'))[1:]
gc.collect()
print(m.tobytes(), type(m.obj).__name__)
