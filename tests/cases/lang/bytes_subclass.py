# Checks: subclasses of bytes and bytearray: construction, methods and operators on
# the bytes part, the buffer protocol (memoryview, b + sub, bytes(sub)), repr (a
# bytearray subclass names itself), instance attributes, and CPython's sizes.
import sys


class B(bytes):
    def shout(self):
        return self.upper() + b'!'


class BA(bytearray):
    pass


b = B(b'abc')
print(b, type(b).__name__, len(b), b[0], b[1:], b.shout(), b.hex(), isinstance(b, bytes))
print(b == b'abc', hash(b) == hash(b'abc'), b'b' in b, 98 in b, list(b), b.decode())
print(B([1, 2]) + B([3]), b'<' + b, bytes(b), type(bytes(b)).__name__, memoryview(b).obj is b)
print(B(3), B(), sys.getsizeof(b) - sys.getsizeof(b'abc'))
b.tag = 'x'
print(b.tag)
a = BA(b'xy')
a.append(122)
a[0] = 88
a += b'!'
print(a, len(a), bytes(a), a == b'Xyz!', sys.getsizeof(a) - sys.getsizeof(bytearray(b'Xyz!')))
print(BA(), BA(2), memoryview(a).tobytes())
