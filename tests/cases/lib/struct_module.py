import struct
print(struct.calcsize('<hiq'), struct.calcsize('@hiq'), struct.calcsize('bi'), struct.calcsize('ic'), struct.calcsize('3s2x'), struct.calcsize('P'), struct.calcsize('l'), struct.calcsize('<l'))
print(struct.pack('<hHiIqQ', -2, 65535, -5, 7, -(2**63), 2**64 - 1))
print(struct.pack('>hi', 1, 2), struct.pack('!H', 258), struct.pack('=i', 1), struct.pack('bi', 1, 2), struct.pack('?c3s', [1], b'z', b'abcdef'))
print(struct.pack('<fde', 1.5, -0.1, 65504.0), struct.pack('>d', float('inf')), struct.pack('<f', 1e-40), struct.pack('<e', 1e-7), struct.pack('<f', 0.1), struct.pack('<d', -0.0))
for v in [0.1, 1/3, 3.4e38, 1e-45, 2.5e-45, 16777217.0, 1.00000017881393421514957253748434595763683319091796875]:
    b = struct.pack('<f', v)
    print(b, struct.unpack('<f', b))
for v in [0.1, 1/3, 1e-310, 5e-324, 1.7976931348623157e308, -2.5]:
    print(struct.unpack('<d', struct.pack('<d', v))[0] == v, struct.pack('>d', v).hex())
for v in [1.0, 0.5, 65504.0, 6e-8, 0.333, -2.0]:
    print(struct.unpack('<e', struct.pack('<e', v)))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -5, 7, -(2**63), 2**64 - 1)))
print(struct.unpack('>3sxc?', b'abc\x00z\x02'), struct.unpack('5p', b'\x03abcd'), struct.pack('5p', b'ab'))
print(struct.unpack_from('<h', b'\x00\x01\x02', 1), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
s = struct.Struct('<2h')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'))
ba = bytearray(6)
struct.pack_into('<h', ba, 2, 513)
print(ba)
for f, v in [('h', 40000), ('B', 300), ('<b', 200), ('<i', 2**40), ('I', -1), ('<Q', -1), ('<l', 2**40), ('l', 2**70), ('<f', 1e300), ('<h', 'x'), ('<h', 1.5), ('<f', 'x'), ('<c', b'ab'), ('<s', 'a'), ('<n', 1)]:
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for f, a in [('<hh', (1,)), ('<h', (1, 2)), ('<z', (1,)), ('<3', ())]:
    try:
        print(f, struct.pack(f, *a))
    except struct.error as e:
        print(f, e)
for f, b in [('<h', b'\x01'), ('<h', b'\x01\x02\x03'), ('<h', 'ab')]:
    try:
        print(struct.unpack(f, b))
    except (struct.error, TypeError) as e:
        print(f, type(e).__name__, e)
for off in [1, 3, -5]:
    try:
        struct.unpack_from('<h', b'\x01\x02', off)
    except struct.error as e:
        print(e)
try:
    list(struct.iter_unpack('<h', b'\x01\x02\x03'))
except struct.error as e:
    print(e)
print(struct.error.__mro__[1], issubclass(struct.error, Exception))
class Idx:
    def __index__(self):
        return 7
print(struct.pack('<i', Idx()), struct.pack('<d', 3), struct.unpack('<?', b'\x05'))
