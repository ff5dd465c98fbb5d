# codecs: lookup names and CodecInfo, search functions registered by the program,
# user error handlers honoured by str.encode/bytes.decode, the standard handlers
# called directly, incremental decoding across split characters, and the
# results codecs.encode/decode and the native codec functions return.
import codecs

for name in ['utf8', 'UTF-8', 'latin-1', 'l1', 'ascii', 'us-ascii', 'utf-16-le',
             'U16', 'utf_32', 'unicode_escape', 'raw-unicode-escape', 'utf-8-sig']:
    info = codecs.lookup(name)
    print(name, info.name, len(info), info[0] is info.encode, info._is_text_encoding)
for bad in ['nope', 'utf-9', b'utf8', 1]:
    try:
        codecs.lookup(bad)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)

seen = []
def search(name):
    seen.append(name)
    if name == 'test.rot':
        def enc(s, errors='strict'):
            return (s.translate({ord('a'): 'b'}).encode('ascii'), len(s))
        def dec(b, errors='strict'):
            return (bytes(b).decode('ascii').replace('b', 'a'), len(b))
        return codecs.CodecInfo(enc, dec, name='test.rot')
    if name == 'test.bad':
        return (lambda s, errors='strict': 42, lambda b, errors='strict': (1, 2), None, None)
    return None

codecs.register(search)
print('abc'.encode('Test.Rot'), b'bbc'.decode('test.rot'), str(b'abc', 'test.rot'))
print(codecs.encode('abc', 'test.rot'), codecs.decode(b'bb', 'test.rot'))
for f in (lambda: 'x'.encode('test.bad'), lambda: b'x'.decode('test.bad'),
          lambda: codecs.encode('x', 'test.bad'), lambda: 'x'.encode('still-nothing'),
          lambda: b'x'.decode('still nothing'), lambda: codecs.decode('x', 'utf-8'),
          lambda: codecs.encode(b'x', 'utf-8')):
    try:
        print(f())
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(b''.decode('still-nothing'), seen)
codecs.unregister(search)
try:
    'a'.encode('test.rot2')
except LookupError as e:
    print('after unregister:', e)

def brackets(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('[%d:%d]' % (exc.start, exc.end), exc.end)
    return ('<%s>' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('test.brackets', brackets)
print('aé€b\U0001f600'.encode('ascii', 'test.brackets'))
print('aé€b'.encode('latin-1', 'test.brackets'), 'a\udc80b'.encode('utf-8', 'test.brackets'))
print(b'a\xff\xfeb\xc3'.decode('utf-8', 'test.brackets'), b'a\x80'.decode('ascii', 'test.brackets'))
print(codecs.lookup_error('test.brackets') is brackets)
codecs.register_error('test.bytes', lambda e: (b'<>', e.end))
codecs.register_error('test.back', lambda e: ('X', -1))
codecs.register_error('test.wide', lambda e: ('é', e.end))
codecs.register_error('test.junk', lambda e: 1)
print('a€b'.encode('ascii', 'test.bytes'), 'a€bc'.encode('ascii', 'test.back'))
for f in (lambda: 'a€b'.encode('ascii', 'test.wide'), lambda: 'a€b'.encode('ascii', 'test.junk'),
          lambda: b'a\xffb'.decode('ascii', 'test.bytes'), lambda: b'a\xff'.decode('ascii', 'test.junk'),
          lambda: 'a€'.encode('ascii', 'no.such'), lambda: codecs.lookup_error('no.such')):
    try:
        print(f())
    except (TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)

enc = UnicodeEncodeError('ascii', 'a\udcffé', 1, 3, 'why')
dec = UnicodeDecodeError('utf-8', b'a\xff\x80', 1, 3, 'why')
for name in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
             'surrogateescape', 'surrogatepass']:
    for exc in (enc, dec):
        try:
            print(name, codecs.lookup_error(name)(exc))
        except (TypeError, UnicodeError) as e:
            print(name, type(e).__name__, e)
print(codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-16-be', 'a\ud800', 1, 2, 'r')))
print(codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-8', b'a\xed\xa0\x80', 1, 2, 'r')))
for f in (lambda: codecs.strict_errors(enc), lambda: codecs.strict_errors(1),
          lambda: codecs.ignore_errors(ValueError())):
    try:
        f()
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__, e)

print(codecs.utf_8_decode(b'a\xc3'), codecs.utf_8_decode(b'a\xc3\xa9', 'strict', True))
print(codecs.utf_16_decode(b'\xff\xfea\x00b'), codecs.utf_16_le_encode('ab'))
print(codecs.latin_1_encode('abé'), codecs.ascii_decode(b'ab'), codecs.utf_32_be_encode('a'))
for encoding in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig']:
    data = 'aé€\U0001f600z'.encode(encoding)
    d = codecs.getincrementaldecoder(encoding)()
    parts = [d.decode(data[i:i + 1]) for i in range(len(data))] + [d.decode(b'', True)]
    e = codecs.getincrementalencoder(encoding)()
    again = b''.join(e.encode(c) for c in 'aé€\U0001f600z') + e.encode('', True)
    print(encoding, ''.join(parts), again == data, list(codecs.iterdecode([data], encoding)))
d = codecs.getincrementaldecoder('utf-8')()
try:
    d.decode(b'\xc3', final=True)
except UnicodeDecodeError as e:
    print(e)
print(codecs.BOM_UTF8, codecs.BOM, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32)
