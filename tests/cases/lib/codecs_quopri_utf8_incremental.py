# The quopri codec (bytes to bytes, by its aliases), and UTF-8 incremental decoding
# that waits only for a prefix a character can start with: an already invalid one
# fails at once.
import codecs

data = b'caf\xc3\xa9 = tab\there\n' + b'x' * 80 + b'\n'
for name in ('quopri', 'quopri_codec', 'quoted-printable', 'quotedprintable'):
    enc = codecs.encode(data, name)
    print(name, codecs.lookup(name).name, enc[:40], codecs.decode(enc, name) == data)
for call in (lambda: 'x'.encode('quopri_codec'), lambda: b'x'.decode('quopri')):
    try:
        call()
    except LookupError as e:
        print('LookupError', e)

for chunk in (b'\xe0\xa0', b'\xe0\x80', b'\xed\x9f', b'\xed\xa0', b'\xf0\x90\x80',
              b'\xf0\x80', b'\xf4\x8f', b'\xf4\x90', b'\xc3', b'a\xe2\x82', b'\xff'):
    d = codecs.getincrementaldecoder('utf-8')()
    try:
        print(chunk, repr(d.decode(chunk, final=False)), d.getstate())
    except UnicodeDecodeError as e:
        print(chunk, 'UnicodeDecodeError', e)
d = codecs.getincrementaldecoder('utf-8')()
print([d.decode(bytes([b])) for b in '\u20ac\U0001f600'.encode()])
print(codecs.utf_8_decode(b'ab\xe0\x80', 'replace', False))
