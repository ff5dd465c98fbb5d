# The UTF-16 and UTF-32 codecs: byte-order marks, the -le/-be variants, and the
# decoders' errors under strict/replace/ignore.
cases = [(b'a\x00b', 'utf-16'), (b'a\x00b', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'),
         (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-le'),
         (b'\xff\xfea\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'\xff\xfea\x00', 'utf-16-le'),
         (b'a\x00\x00\x00b', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'),
         (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'),
         (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'),
         (b'a\x00b', 'utf_16_be'), (b'\x00\xd8a\x00b', 'utf-16-le'), (b'\x00\xd8a', 'utf-16-le'),
         (b'=\xd8\x00\xde', 'utf-16-le'), (b'', 'utf-16')]
for data, enc in cases:
    for er in ['strict', 'replace', 'ignore']:
        try:
            print(data, enc, er, ascii(data.decode(enc, er)))
        except UnicodeDecodeError as e:
            print(data, enc, er, type(e).__name__, e)
print('a\U00010000'.encode('utf-16'), 'a'.encode('utf-16-be'), 'a'.encode('utf-32'),
      'a'.encode('utf_32_be'), 'x'.encode('UTF16'), 'x'.encode('u16'), ''.encode('utf-16'))
s = "Hello world\n\u1234\u5678\u9abc\U0001f600"
for e in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(e, s.encode(e).decode(e) == s, bytes(s, e) == s.encode(e),
          bytearray(s, e).decode(e) == s, len(s.encode(e)))
