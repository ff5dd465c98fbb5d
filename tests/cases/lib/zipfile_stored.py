# zipfile with stored members: writing (writestr, ZipInfo, mkdir, open('w'), write
# from a file, append mode, the comment) and reading back (namelist, read, open,
# getinfo and ZipInfo reprs, testzip, extractall, is_zipfile, errors).
import zipfile, io, os, tempfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr('a.txt', 'hello')
    z.writestr(zipfile.ZipInfo('dir/b.bin', (2020, 5, 17, 12, 30, 44)), b'\x00\x01' * 100)
    z.mkdir('empty')
    with z.open('w.txt', 'w') as f:
        f.write(b'written via open')
    z.comment = b'the comment'
data = buf.getvalue()
print(len(data), zipfile.is_zipfile(io.BytesIO(data)))
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.comment, z.testzip())
    print(z.read('a.txt'), z.read('w.txt'), len(z.read('dir/b.bin')))
    i = z.getinfo('dir/b.bin')
    print(i, i.date_time, hex(i.CRC), i.file_size, i.is_dir(), z.getinfo('empty/'))
    with z.open('a.txt') as f:
        print(f.read())
    try:
        z.getinfo('nope')
    except KeyError as e:
        print(e)
try:
    zipfile.ZipFile(io.BytesIO(b'not a zip'))
except zipfile.BadZipFile as e:
    print(e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'x.zip')
    src = os.path.join(d, 'src.txt')
    with open(src, 'w') as f:
        f.write('file contents')
    with zipfile.ZipFile(p, 'w') as z:
        z.write(src, 'inner/src.txt')
    with zipfile.ZipFile(p, 'a') as z:
        z.writestr('more.txt', 'appended')
    with zipfile.ZipFile(p) as z:
        print(z.namelist())
        z.extractall(os.path.join(d, 'out'))
    print(sorted(os.listdir(os.path.join(d, 'out'))), open(os.path.join(d, 'out', 'inner', 'src.txt')).read())
    print(zipfile.is_zipfile(p), zipfile.is_zipfile(src))
