# struct: pack_into writes through the buffer protocol (an array, a memoryview),
# negative offsets have their own errors, 'p' writes up to count - 1 bytes (the length
# byte saying at most 255), iter_unpack's iterator has a length hint, a NUL in the
# format and a size past sys.maxsize are errors; _testcapi's C integer limits.
import array
import operator
import struct
import sys
import _testcapi

a = array.array('b', [0] * 8)
struct.pack_into('<hh', a, 2, 258, -1)
print(a)
m = memoryview(bytearray(6))
struct.Struct('>I').pack_into(m, 1, 0x01020304)
print(m.tobytes())
for call in [lambda: struct.pack_into('i', b'12345678', 0, 1),
             lambda: struct.pack_into('i', bytearray(10), -2, 1),
             lambda: struct.pack_into('i', bytearray(10), -11, 1),
             lambda: struct.pack_into('i', bytearray(10), 8, 1),
             lambda: struct.unpack_from('i', bytes(10), -2),
             lambda: struct.unpack_from('i', bytes(10), -11),
             lambda: struct.calcsize('2\0i'),
             lambda: struct.calcsize('{}b'.format(sys.maxsize + 1)),
             lambda: struct.calcsize('{}b{}H'.format(sys.maxsize // 2, sys.maxsize // 2))]:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.pack('1000p', b'x' * 1000)[:4], len(struct.pack('1000p', b'x' * 1000)),
      struct.unpack('1000p', struct.pack('1000p', b'x' * 1000))[0] == b'x' * 255)
print(struct.pack('5p', b'abc'), struct.pack('2p', b'abc'))
it = struct.Struct('>IB').iter_unpack(bytes(range(1, 16)))
print(type(it).__name__, operator.length_hint(it))
next(it)
print(operator.length_hint(it), list(it), operator.length_hint(it))
print(_testcapi.SHRT_MIN, _testcapi.USHRT_MAX, _testcapi.INT_MIN, _testcapi.UINT_MAX,
      _testcapi.LONG_MAX, _testcapi.ULLONG_MAX, _testcapi.PY_SSIZE_T_MIN, _testcapi.CHAR_MIN,
      _testcapi.UCHAR_MAX)
