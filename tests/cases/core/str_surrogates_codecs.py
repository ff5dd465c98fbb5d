# Encoding strings holding lone surrogates and decoding bytes into them, under each
# error handler: strict, ignore, replace, backslashreplace, xmlcharrefreplace,
# surrogateescape, surrogatepass.
def show(f):
    try:
        print(repr(f()))
    except (UnicodeError, TypeError) as e:
        print(type(e).__name__ + ':', e)

s = 'a\udc80b'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'ascii', 'latin-1']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                'surrogateescape', 'surrogatepass']:
        print(enc, err, end=': ')
        show(lambda: s.encode(enc, err))

# runs of unencodable characters
show(lambda: 'x\ud800\udfffy'.encode())
show(lambda: '\udc80\ud800'.encode('utf-8', 'surrogateescape'))
show(lambda: '\udcff\udc00'.encode('ascii', 'surrogateescape'))
show(lambda: 'é\ud800\ud801'.encode('ascii'))
show(lambda: 'x\ud800\ud801'.encode('latin-1', 'surrogatepass'))
show(lambda: '\ud800\udc00'.encode('utf-16-le', 'surrogatepass'))
show(lambda: '\U0001f600\ud800'.encode('utf-16-le', 'backslashreplace'))
show(lambda: bytes('\udc80', 'utf-8', 'surrogateescape'))

# decoding
raw = b'a\xff\x80b\xed\xa0\x80'
for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
            'surrogatepass', 'xmlcharrefreplace']:
    print(err, end=': ')
    show(lambda: raw.decode('utf-8', err))
show(lambda: b'\xed\xa0\x80\xed\xb0\x80'.decode('utf-8', 'surrogatepass'))
show(lambda: b'\xe4\xb8'.decode('utf-8', 'surrogateescape'))
show(lambda: b'a\xff\xfeb'.decode('ascii', 'surrogateescape'))
show(lambda: b'\x00\xd8a\x00'.decode('utf-16-le', 'surrogatepass'))
show(lambda: b'\x00\xdc'.decode('utf-16-le', 'backslashreplace'))
show(lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass'))
show(lambda: str(b'\xffab', 'utf-8', 'surrogateescape'))

# surrogateescape round trip
data = bytes(range(0x78, 0x100))
text = data.decode('utf-8', 'surrogateescape')
print(len(text), repr(text[6:10]), text.encode('utf-8', 'surrogateescape') == data)
print(repr(b'caf\xe9'.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape')))
