# json with its accelerator blocked (sys.modules['_json'] = None, as
# import_fresh_module does): the package falls back to its pure-Python scanner,
# scanstring and encoder, whose messages name the offending character and whose
# one-shot dumps reports a non-finite float with its repr.
import sys
sys.modules['_json'] = None
import json
import json.decoder
import json.encoder
import json.scanner

print(json.decoder.scanstring is json.decoder.py_scanstring)
print(json.scanner.make_scanner is json.scanner.py_make_scanner)
print(json.encoder.c_make_encoder, json.encoder.encode_basestring_ascii.__name__)
for text in ['"a\\qb"', '"a\x01b"', '"\\u12x4"', '[1 2]', '{"a":', '[1, {"b": [true, null, 2.5e-3]}]',
             '"\\ud800"', '-0', '1.5E+3']:
    try:
        print(repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e)
for v in [float('inf'), [float('-inf')], {1.5: float('nan')}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)
print(json.dumps({"a": [1, 2.5, "\u00e9\x7f"], "b": None}))
print(json.dumps({"a": [1, 2.5, "\u00e9\x7f"], "b": None}, ensure_ascii=False, indent=1))
print(json.loads('{"a": {"a": 1}}', object_hook=lambda d: sorted(d.items())))
