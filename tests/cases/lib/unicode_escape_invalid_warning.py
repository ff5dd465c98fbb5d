# unicode_escape warns (DeprecationWarning) about the first unknown escape of the
# input, at the code that called the codec; the escape keeps its backslash.
import codecs
import warnings

def decode(data, *how):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            r = data.decode(*how)
        except UnicodeDecodeError as e:
            r = 'UnicodeDecodeError: %s' % e
    print(ascii(data), ascii(r))
    for w in ws:
        print('   ', w.category.__name__, ascii(str(w.message)),
              w.lineno == decode.__code__.co_firstlineno + 4)

decode(b'a\\qb', 'unicode_escape')
decode(b'\\q\\z', 'unicode_escape')
decode(b'\\8\\9', 'unicode_escape')
decode(b'\\\xe9', 'unicode_escape')
decode(b'\\n\\t\\x41\\101\\u00e9\\N{DIGIT ONE}', 'unicode_escape')
decode(b'\\q\\x4', 'unicode_escape')
decode(b'\\q\\x4', 'unicode_escape', 'replace')
decode(b'\\q', 'raw_unicode_escape')
decode(b'\\q', 'unicode-escape')

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    print(ascii(codecs.decode(b'\\y', 'unicode_escape')))
    print(codecs.unicode_escape_decode(b'\\k'))
for w in ws:
    print(w.category.__name__, w.message, w.filename == __file__)
