# json as CPython's package: json.decoder / encoder / scanner / tool submodules, the
# _json accelerator's messages on the default paths and the pure-Python fallbacks'
# own (py_scanstring), iterencode's chunks, bytes in UTF-16/32, lone surrogates,
# hooks, and the encoder's options and errors.
import json
import json.decoder
import json.encoder
import json.scanner
import _json

print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner)
print(json.encoder.c_make_encoder is _json.make_encoder, json.encoder.encode_basestring_ascii.__module__)
print(json.scanner.make_scanner.__name__, json.encoder.c_make_encoder.__name__)


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


# The C-module messages (default path) and the pure-Python ones.
for text in ['"a\\qb"', '"a\x01b"', '"\\u12x4"', '"abc', '"\\', '"\\ud800"',
             '"\\ud83d\\ude00"', '"\\ud800\\u0041"', '[1,]', '{"a":1,}', '{"a" 1}', ' ']:
    show(json.loads, text)
    show(json.decoder.py_scanstring, text, 1)
show(json.decoder.scanstring, '"a\x01b"', 1, False)
show(json.decoder.scanstring, 'abc', 10)
show(json.decoder.scanstring, 5, 0)
show(json.decoder.scanstring, 'x', 2 ** 63)
show(json.encoder.encode_basestring_ascii, 'a"\\\n\x7f\x80\u20ac\U0001f600')
show(json.encoder.encode_basestring, 'a"\\\n\x1f\x7f\x80\u20ac')
show(json.encoder.py_encode_basestring_ascii, 'a"\\\n\x7f\x80\u20ac\U0001f600')

# The scanner protocol.
scan = json.scanner.make_scanner(json.JSONDecoder())
show(scan, '[1, 2] tail', 0)
show(scan, 'x', 0)
pyscan = json.scanner.py_make_scanner(json.JSONDecoder())
show(pyscan, '{"k": [true, false, null, -1.5e3, NaN]}', 0)
show(pyscan, '?', 0)
show(json.JSONDecoder().raw_decode, '  {"a": 1} more', 2)

# Errors and their attributes.
try:
    json.loads('{\n  "a": [1, 2,\n  ]\n}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, type(e).__module__)

# Hooks and converters.
print(json.loads('{"a": 1.5, "b": [2, 3]}', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads('"a\tb"', strict=False), json.loads(b'["x"]'))
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(enc, json.loads('{"\u00e9": [1]}'.encode(enc)), json.detect_encoding('{"'.encode(enc)))
show(json.loads, '\ufeff[]')
show(json.loads, 5)

# Encoding: chunks, options, errors.
data = [1, {"a": [2, 3.5, None, True]}, "x", (), {}]
print(list(json.JSONEncoder().iterencode(data)))
print(list(json.JSONEncoder(indent=2).iterencode(data)))
print(list(json.JSONEncoder(indent='\t', sort_keys=True).iterencode({"b": 1, "a": [1]})))
print(json.dumps(data, separators=(',', ':')), json.dumps({3: 1, 1.5: 2, True: 3, None: 4}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True), json.dumps("\u00e9", ensure_ascii=False))
print(json.dumps(complex(1, 2), default=lambda o: [o.real, o.imag]))
for kw in ({}, {'indent': 1}):
    show(json.dumps, [float('nan')], allow_nan=False, **kw)
    show(json.dumps, {(1,): 2}, **kw)
    show(json.dumps, object(), **kw)
    show(json.dumps, {'a': 1, 1: 'a'}, sort_keys=True, **kw)
loop = []
loop.append(loop)
show(json.dumps, loop)
show(json.dumps, loop, indent=2)


class Twice(json.JSONEncoder):
    def default(self, o):
        return o


show(json.dumps, object(), cls=Twice)
show(_json.make_encoder, 1, None, None, None, ': ', ', ', False, False, False)
enc = _json.make_encoder(None, str, lambda s: None, None, ': ', ', ', False, False, False)
show(enc, 'spam', 0)


class BadBool:
    def __bool__(self):
        raise ZeroDivisionError('bad flag')


show(json.JSONDecoder, strict=BadBool())
show(json.dumps, {'a': 1}, sort_keys=BadBool())

# Deep nesting is a RecursionError either way.
for text in ['[' * 100000 + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000]:
    try:
        json.loads(text)
    except RecursionError:
        print('RecursionError')
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print('RecursionError')
