# Checks: array.array is a buffer exporter: memoryview(a) shares its memory (item
# format and size from the typecode, writes show in the array), bytes(a), bytearray(a),
# b + a, a in b, bytearray == array, struct.unpack of a view; an exporting array
# cannot be resized (BufferError) but can be written in place.
from array import array
import struct, sys

a = array('i', [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m.obj is a)
m[0] = 100
m[1:3] = memoryview(array('i', [7, 8]))
print(a, m[::-1].tolist(), m.cast('B')[:4].tolist())
for op in (lambda: a.append(1), lambda: a.extend([1]), lambda: a.pop(),
           lambda: a.remove(100), lambda: a.insert(0, 1), lambda: a.__delitem__(0),
           lambda: a.frombytes(b'\x00' * 4), lambda: a.__imul__(2)):
    try:
        op()
        print('resized', a)
    except BufferError as e:
        print('BufferError:', e)
a[0] = 5
a[0:1] = array('i', [6])
a.reverse()
a.byteswap()
a.byteswap()
print(a, m.tolist())
try:
    m[0] = 2**31
except ValueError as e:
    print('ValueError:', e)
m.release()
a.append(9)
print(a, len(a), sys.getsizeof(a))

print(bytes(array('h', [1, 2])), bytearray(array('B', [255, 0])))
print(bytes(array('f', [1.5])), bytes(array('d', [0.25])), bytes(array('q', [-1])))
print(b'ab' + array('b', [99]), bytearray(b'x') + array('B', [121]))
print(array('b', [1, 2]) in b'\x00\x01\x02', bytearray(b'\x01\x02') == array('b', [1, 2]))
print(b'\x01\x02' == array('b', [1, 2]), array('b', [1, 2]) == bytearray(b'\x01\x02'))
print(memoryview(array('H', [1, 2])) == memoryview(array('i', [1, 2])))
print(struct.unpack('<2h', memoryview(array('h', [3, -4]))), array('u', 'hi'))
print(array('f', bytes(array('f', [0.5, 2.0]))), array('d', memoryview(b'\x00' * 8)))
print(list(memoryview(array('Q', [2**64 - 1]))), list(memoryview(array('b', [-128]))))
print(memoryview(array('d', [1.5, -0.0])).tolist(), memoryview(array('l')).itemsize)
print(int(array('b', [52, 50])), array('b', b'\x01\x02').tobytes().hex())
