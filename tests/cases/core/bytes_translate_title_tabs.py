# bytes/bytearray translate, maketrans, expandtabs, title, istitle, and the
# formatting slot wrappers __mod__/__rmod__.
for t in (bytes, bytearray):
    b = t(b'hello')
    r = bytearray(range(256))
    r[ord('o')] = ord('e')
    print(b.translate(r), b.translate(r, b'l'), b.translate(None, delete=b'e'),
          b.translate(None), b.translate(r, delete=b''))
    print(t(b'a\tbc\t\nxy\tz').expandtabs(), t(b'a\tb').expandtabs(tabsize=3),
          t(b'\t').expandtabs(0), t(b'12\r\t').expandtabs(4))
    print(t(b'hello wORLD 3x').title(), t(b"they're").title())
    print(t(b'Hello World').istitle(), t(b'HeLlo').istitle(), t(b'').istitle(),
          t(b'A1b').istitle(), t(b'A B').istitle(), t(b'1').istitle())
    print(t.maketrans(b'abc', b'xyz')[95:101], type(t.maketrans(b'', b'')).__name__)
    print(t(b'%s-%d').__mod__((b'x', 3)), t(b'abc').__rmod__('%r'))
print(bytes.maketrans(memoryview(b'a'), bytearray(b'b'))[97])
print('%s'.__rmod__(3), 'x'.__rmod__('%s'))
try:
    object() % b'abc'
except TypeError as e:
    print(e)
for f in ['b"a".translate()', 'b"a".translate(None, None)', 'b"a".translate(bytes(3))',
          'b"a".translate("x")', 'bytes.maketrans(b"ab", b"c")', 'bytes.maketrans("a", "b")',
          'b"a".expandtabs("x")', 'b"a".expandtabs(1, 2)', 'b"a".title(1)',
          'bytes.maketrans(b"ab")']:
    try:
        print(f, repr(eval(f)))
    except Exception as e:
        print(f, type(e).__name__, e)
