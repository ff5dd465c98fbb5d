# zlib: checksums, compress at every level and wbits form (bytes as CPython's),
# decompress errors, and the Compress/Decompress objects (flush modes, max_length,
# unconsumed_tail, unused_data, eof, zdict, copy).
import zlib

data = b''.join(b'line %d of some text, repeated a little\n' % (i % 37) for i in range(400))
print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.crc32(b'x', -1), zlib.adler32(b'x', 2**40))
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(memoryview(data)))
for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
for wbits in (9, 15, -15, -9, 31, 25):
    c = zlib.compress(data, 6, wbits)
    d = zlib.decompress(c, wbits if wbits != 31 else 47)
    print(wbits, c[:2].hex(), len(c), zlib.crc32(c), d == data)
print(zlib.compress(b''), zlib.compress(b'a'), zlib.compress(b'abc', wbits=-15))

co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(data[:5000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[5000:]),
         co.flush(zlib.Z_FULL_FLUSH), co.compress(b'tail'), co.flush()]
print([len(p) for p in parts], zlib.crc32(b''.join(parts)))
print(zlib.decompress(b''.join(parts), -12)[-4:])

co = zlib.compressobj()
head = co.compress(b'shared prefix ')
twin = co.copy()
a = head + co.compress(b'one') + co.flush()
b = head + twin.compress(b'two') + twin.flush()
print(zlib.decompress(a), zlib.decompress(b))

dz = zlib.compressobj(zdict=b'dictionary words')
zc = dz.compress(b'dictionary words and more dictionary words') + dz.flush()
print(zc.hex())
do = zlib.decompressobj(zdict=b'dictionary words')
print(do.decompress(zc))

c = zlib.compress(data)
d = zlib.decompressobj()
out = d.decompress(c + b'TRAILER', 100)
print(len(out), len(d.unconsumed_tail), d.unused_data, d.eof)
while not d.eof:
    out += d.decompress(d.unconsumed_tail, 4096)
print(out == data, d.unused_data, d.unconsumed_tail, d.eof)
print(d.decompress(b'after'), d.unused_data, d.unconsumed_tail, d.flush())

d = zlib.decompressobj()
half = d.decompress(c[:len(c) // 2])
print(d.eof, len(half) > 0, len(half + d.flush()) < len(data))
d2 = zlib.decompressobj()
d2.decompress(c[:100])
d3 = d2.copy()
print(d2.decompress(c[100:]) == d3.decompress(c[100:]), d3.eof)

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(zlib.decompress, b'not zlib')
err(zlib.decompress, c[:-3])
err(zlib.decompress, b'')
err(zlib.compress, b'x', 10)
err(zlib.compress, 'str')
err(zlib.crc32, 'str')
err(zlib.compressobj, 10)
err(zlib.decompressobj, 99)
err(zlib.decompress, b'x', 99)
err(zlib.decompressobj().decompress, b'x', -1)
err(zlib.decompressobj(zdict=b'other').decompress, zc)
fin = zlib.compressobj()
fin.flush()
err(fin.flush)
err(fin.compress, b'x')
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)
print(issubclass(zlib.error, Exception), zlib.error.__module__, type(zlib.compressobj()).__name__)
