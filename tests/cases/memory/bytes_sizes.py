# Checks: sys.getsizeof of bytes (33 + len) and of bytearray, including CPython's
# over-allocation as a bytearray grows and shrinks; bytes are gc atoms and cannot be
# weakly referenced.
import gc
import sys
import weakref

print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(b"x" * 100), sys.getsizeof(bytes(10)))
print(sys.getsizeof("é".encode()), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")))
print(sys.getsizeof(bytearray(5)), sys.getsizeof(bytearray([1, 2, 3])), sys.getsizeof(bytearray(range(10))))
b = bytearray()
sizes = []
for i in range(70):
    b.append(i)
    sizes.append(sys.getsizeof(b))
print(sizes)
while b:
    b.pop()
    sizes.append(sys.getsizeof(b))
print(sizes[70:])
d = bytearray(b"x" * 20)
del d[0:10]
print(sys.getsizeof(d))
del d[0]
print(sys.getsizeof(d), len(d))
d = bytearray(b"x" * 20)
d.extend(b"y" * 3)
print(sys.getsizeof(d))
d += b"z" * 40
print(sys.getsizeof(d))
d *= 2
print(sys.getsizeof(d), len(d))
d.clear()
print(sys.getsizeof(d))
e = bytearray()
e.extend(range(10))
print(sys.getsizeof(e))
print(sys.getsizeof(bytearray(x for x in range(30))))
print(gc.is_tracked(b"x"), gc.is_tracked(bytearray(b"x")))
for obj in (b"x", bytearray()):
    try:
        weakref.ref(obj)
    except TypeError as ex:
        print(ex)
