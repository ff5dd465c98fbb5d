# The native scanner and scanstring (`_json.make_scanner`, `_json.scanstring`):
# values, hooks, the key memo, error messages and positions (in code points, also
# after non-ASCII text), surrogate escapes, recursion, and identity of results.
import json, _json, sys

print(json.loads('{"a": [1, 2.5, true, null, "x\\u00e9\\n", {"b": -0.0e5}], "c": 1e400}'))
a = json.loads('[{"k": 1}, {"k": 2}]')
print(list(a[0])[0] is list(a[1])[0])
print(json.loads('"a"') is chr(97), json.loads('"\\n"') is chr(10))
doc = '123'
print(json.loads(doc, parse_int=lambda x: x is doc))
print(json.loads('[1, 2]', parse_int=lambda s: ('int', s), parse_float=lambda s: ('f', s)))
print(json.loads('[1.5, NaN, -Infinity, Infinity]', parse_constant=lambda s: ('c', s),
                 parse_float=str))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1, "b": 2}', object_hook=lambda d: sorted(d)))
print(json.loads('"\\ud83d\\ude00 \\ud800 x"') == '\U0001f600 \ud800 x')
print(json.loads('{"é": "ü", "x": [1, "\\u00fc", 10000000000000000000000]}'))


def hook(d):
    k = next(iter(d))
    print('key refcount', sys.getrefcount(k), 'dict refcount', sys.getrefcount(d))
    return d


json.loads('[{"kk": 1}, {"kk": 2}]', object_hook=hook)
for bad in ['[1 2]', '{"a" 1}', '{"a": }', '[', '"abc', '"\\x"', '"\\u12"', '"\\u12x4"',
            '"\\ud800\\u12"', '{1:2}', '', '  ', '[1,]', 'nul', '-', '"a\x01"', '1.5e',
            '[1] x', '{"é": "ü" "x"}', '["é\n", 1 2]', '{"a":1,}', '[-]', '[01]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e)
print(json.loads('"a\x01"', strict=False) == 'a\x01')
try:
    json.loads('[' * 100000)
except RecursionError as e:
    print('RecursionError:', e)
print(json.decoder.scanstring('"abc\\n"', 1), json.decoder.scanstring('xé"é', 2))
for args in [('abc', 0), ('"x', 5), ('"x', -1)]:
    try:
        json.decoder.scanstring(*args)
    except ValueError as e:
        print('ValueError:', e)
for args in [(b'"x"', 1), ('"x"', 1, None), ('"x"', 'a')]:
    try:
        json.decoder.scanstring(*args)
    except TypeError as e:
        print('TypeError:', e)
s = json.decoder.JSONDecoder().scan_once
print(type(s).__name__, s('[1]', 0), s(string='"x"', idx=0))
for args in [('x', -1), ('', 0), (' 1', 0)]:
    try:
        s(*args)
    except (ValueError, StopIteration) as e:
        print(type(e).__name__, e)
try:
    _json.make_scanner(1)
except AttributeError as e:
    print('AttributeError')
print(_json.scanstring.__module__, _json.encode_basestring_ascii.__module__)
print(_json.encode_basestring_ascii('é\ud800'), _json.encode_basestring('a"\x00'))
try:
    _json.encode_basestring_ascii(1)
except TypeError as e:
    print('TypeError:', e)
