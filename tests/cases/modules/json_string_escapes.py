# JSON string escaping (the native escapers behind json.dumps): quotes, backslashes,
# control characters, non-ASCII and astral characters, lone surrogates.
import json
from json import encoder

samples = ['plain', 'q"uote', 'back\\slash', 'ctl\x00\x01\x1f\x7f', 'ws\b\f\n\r\t',
           'é€', '😀 astral', '\ud800 lone', 'mixed "é" \\ \n 😀', '', '\u2028\u2029']
for s in samples:
    print(json.dumps(s), ascii(json.dumps(s, ensure_ascii=False)))
    print(ascii(encoder.encode_basestring(s)), encoder.encode_basestring_ascii(s))
    assert json.loads(json.dumps(s)) == s
print(json.dumps({'ké': ['v"1', {'n\n': 'ü'}]}, sort_keys=True))
for bad in (None, 1, b'x'):
    try:
        encoder.encode_basestring_ascii(bad)
    except TypeError as e:
        print('TypeError:', e)
