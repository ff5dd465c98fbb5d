# json: dumps/loads with the common options, CPython's float and string formatting,
# JSONDecodeError messages with line/column, hooks.
import json
from collections import OrderedDict

data = {"name": "mempy", "n": 3, "pi": 3.141592653589793, "ok": True, "none": None,
        "list": [1, 2.5, "x", [], {}], "nested": {"a": {"b": [1, {"c": None}]}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, 3]], indent=0))
print(repr(json.dumps({"a": [1, 2]}, indent="\t")))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.dumps((1, 2, 3)))
print(json.dumps("plain"), json.dumps(5), json.dumps(None), json.dumps(False))

# floats as CPython writes them
for f in [0.1, 1e16, 1e22, 1.5e-7, -0.0, 123456789.123, 2.0 ** 60, 1 / 3]:
    print(json.dumps(f), end=" ")
print()
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
for ind in [None, 2]:
    for v in [float("inf"), float("nan")]:
        try:
            json.dumps([v], allow_nan=False, indent=ind)
        except ValueError as e:
            print("ValueError:", e)
print(json.dumps(10 ** 30), json.dumps(-7), json.dumps(True))

# strings and escapes
s = "quote\" backslash\\ nl\n tab\t cr\r bs\b ff\f ctl\x01 del\x7f é € 😀"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)

# keys
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "e": 1}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

# default and errors
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps({1, 2} if False else [1], default=list))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"p": Point(3, 4)}, cls=MyEncoder))
print(MyEncoder(indent=1).encode([Point(0, 0)]))
try:
    json.dumps(object(), cls=MyEncoder)
except TypeError as e:
    print("TypeError:", e)

l = [1]
l.append(l)
for ind in [None, 2]:
    try:
        json.dumps(l, indent=ind)
    except ValueError as e:
        print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)

# loads
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u00e9\\n"}'))
print(json.loads(' [ 1 , { "k" : [ ] } ] '))
print(json.loads("-0"), json.loads("0.0"), json.loads("1E400"), json.loads("-1e-400"))
print(json.loads("123456789012345678901234567890"))
print(json.loads('"\\ud834\\udd1e \\/ \\b\\f"'))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")))
print(json.loads('{"a": 1, "a": 2}'))
print(type(json.loads('{"x": 1}')).__name__)

bad = ['', ' ', '[1,]', '{"a":1,}', '{a:1}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"',
       '"\\u12"', '"\\uZZZZ"', '"\\ud834\\u12"', '"a\x01"', '1 2', 'nul', 'tru', '[', '{',
       '{"a":', '-', '1.', '01', '\ufeff1', '[1,\n 2,\n x]', '{"a":1 "b"}', '{"a"',
       '{"a":1', '[1', '"\\', 'true false', '{"a": [1, 2}', '\n\n  @', '[1.5e]', "'x'"]
for b in bad:
    try:
        print(repr(b), "->", repr(json.loads(b)))
    except json.JSONDecodeError as e:
        print(repr(b), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == b)

try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)

# hooks
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, 3.25]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN]', parse_constant=lambda s: s.lower()))
print(json.loads('"a\tb"', strict=False) == "a\tb")
dec = json.JSONDecoder()
print(dec.decode('{"k": [1]}'), dec.raw_decode('[1, 2] trailing'))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))

# round trip and dump/load through a file-like object
import io
buf = io.StringIO()
json.dump(data, buf, indent=2, sort_keys=True)
text = buf.getvalue()
print(len(text), json.load(io.StringIO(text)) == data)
