# zipfile writes and reads ZIP_DEFLATED members through zlib, byte for byte as
# CPython does (raw deflate, the default or a given compresslevel); directories
# and ZipInfo records keep ZIP_STORED unless asked.
import zipfile, io
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo('a.txt', (2020, 1, 2, 3, 4, 6))
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, b'hello world ' * 50)
    z.writestr(zipfile.ZipInfo('b.txt', (2020, 1, 2, 3, 4, 6)), 'x' * 10, compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo('c.txt', (2020, 1, 2, 3, 4, 6)), b'abc' * 100, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    z.writestr(zipfile.ZipInfo('d/', (2020, 1, 2, 3, 4, 6)), b'')
data = buf.getvalue()
import zlib
print(len(data), zlib.crc32(data))
with zipfile.ZipFile(io.BytesIO(data)) as z:
    for i in z.infolist():
        print(i.filename, i.compress_type, i.file_size, i.compress_size, i.CRC)
    print(z.read('a.txt')[:24], z.read('c.txt')[-6:], z.testzip())
