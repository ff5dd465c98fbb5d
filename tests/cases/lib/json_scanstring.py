# json.decoder.scanstring(s, end, strict=True): one JSON string body from index end.
import json.decoder as d
from json.decoder import scanstring
print(scanstring is d.scanstring)
print(d.scanstring('"abc"', 1), d.scanstring('ab\\n"', 0), d.scanstring('a\tb"', 0, False))
print(d.scanstring('\u2728x"', 1), d.scanstring('\\u00e9\\ud83d\\ude00"tail', 0))
for a in [('abc', 0), ('a\tb"', 0), ('"', 5), ('x"', -1), ('abc', 3), ('a\\qb"', 0), ('\\u12', 0)]:
    try:
        print(d.scanstring(*a))
    except ValueError as e:
        print(type(e).__name__, e)
