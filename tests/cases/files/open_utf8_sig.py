# open(..., encoding='utf-8-sig'): reading skips a byte-order mark at the start of the
# file (only there), writing puts one at the start of the file.
with open('bom.txt', 'wb') as f:
    f.write(b'\xef\xbb\xbfhello\n\xef\xbb\xbfworld\n')
with open('plain.txt', 'wb') as f:
    f.write(b'no mark\n')
with open('short.txt', 'wb') as f:
    f.write(b'\xef\xbb')

for name in ['bom.txt', 'plain.txt']:
    for enc in ['utf-8-sig', 'UTF_8_SIG', 'utf-8']:
        with open(name, encoding=enc) as f:
            print(name, enc, ascii(f.read()), f.encoding)

with open('bom.txt', encoding='utf-8-sig') as f:
    print(ascii(f.readline()), f.tell())
    print(ascii(f.readline()))
    f.seek(0)
    print(ascii(f.read(3)))
    print([ascii(line) for line in f])
with open('bom.txt', encoding='utf-8-sig') as f:
    print([ascii(line) for line in f])

with open('short.txt', encoding='utf-8-sig', errors='replace') as f:
    print(ascii(f.read()))

with open('out.txt', 'w', encoding='utf-8-sig') as f:
    f.write('abc')
    f.write('\xe9\n')
with open('out.txt', 'rb') as f:
    print(f.read())
with open('out.txt', 'a', encoding='utf-8-sig') as f:
    f.write('more\n')
with open('out.txt', 'rb') as f:
    print(f.read())
with open('out.txt', encoding='utf-8-sig') as f:
    print(ascii(f.read()))

with open('empty.txt', 'w', encoding='utf-8-sig') as f:
    f.write('')
with open('empty.txt', 'rb') as f:
    print(f.read())
with open('none.txt', 'w', encoding='utf-8-sig') as f:
    pass
with open('none.txt', 'rb') as f:
    print(f.read())
with open('app.txt', 'a', encoding='utf-8-sig') as f:
    f.write('x')
with open('app.txt', 'rb') as f:
    print(f.read())

with open('rw.txt', 'w+', encoding='utf-8-sig') as f:
    f.write('one\n')
    f.seek(0)
    print(ascii(f.read()))
    f.seek(0)
    f.write('two\n')
with open('rw.txt', 'rb') as f:
    print(f.read())
