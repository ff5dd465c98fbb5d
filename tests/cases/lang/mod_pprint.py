# Checks: pprint: pprint/pformat/pp with width/indent/depth/compact/sort_dicts/underscore_numbers, PrettyPrinter, saferepr/isreadable/isrecursive; nested dicts/lists/tuples/sets, wrapped strings and bytes, collections and namespace layouts.
import pprint
import collections
import io
import types
from dataclasses import dataclass, field

data = {"name": "mempy", "version": (0, 1, 2),
        "tags": ["interpreter", "rust", "python", "subset", "memory", "gc"],
        "nested": {"a": [1, 2, 3, {"deep": ["x" * 20, "y" * 30, ("t", 1)]}],
                   "b": {3, 1, 2}, "c": frozenset({10, 20})},
        "long_string": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
                       "eiusmod tempor incididunt ut labore et dolore magna aliqua.",
        "multi": "line one\nline two is here\n" * 3, 5: None,
        "bytes": b"\x00\x01abcdefghijklmnopqrstuvwxyz" * 3, "ba": bytearray(b"0123456789" * 8)}
pprint.pprint(data)
for w in (10, 20, 40, 60, 100):
    print(pprint.pformat(data, width=w))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat([list(range(10)), "abc", (1,), ["x" * 10] * 5], compact=True, width=25))
print(pprint.pformat(data, sort_dicts=False, width=60))
pprint.pp({"b": 1, "a": 2, "c": [1] * 30})
pprint.pprint({"b": 1, "a": 2, "c": [1] * 30}, width=40, indent=3)
print(pprint.saferepr(data)[:200])
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable(data),
      pprint.isreadable([1, object()]), pprint.isrecursive(data))
print(pprint.saferepr({1: "x", "a": 2, (1,): 3}), pprint.saferepr([]), pprint.saferepr(()))
print(pprint.pformat((1,), width=1), pprint.pformat(((1, 2),), width=5))
od = collections.OrderedDict([("z", 1), ("a", [1, 2, 3] * 5)])
print(pprint.pformat(od, width=30))
dd = collections.defaultdict(list, {"k": list(range(20)), "j": [1]})
print(pprint.pformat(dd, width=30))
print(pprint.pformat(collections.Counter("abracadabra" * 3), width=20))
print(pprint.pformat(collections.deque(range(30)), width=30))
print(pprint.pformat(collections.deque(range(30), maxlen=40), width=30))
print(pprint.pformat([collections.OrderedDict(), collections.deque(), collections.Counter()], width=5))
ns = types.SimpleNamespace(alpha=list(range(25)), beta="hello", gamma={"x": 1})
print(pprint.pformat(ns, width=40))


@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


p = Point(1, list(range(30)))
print(pprint.pformat(p, width=40))
print(pprint.pformat([p, p], width=60))
print(pprint.pformat(Point(2), width=5))
pp = pprint.PrettyPrinter(indent=2, width=30)
print(pp.pformat({"key%d" % i: list(range(i)) for i in range(8)}))
print(pp.isreadable({1: 2}), pp.isrecursive(r), pp.format([1, 2], {}, 0, 0))
for args in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**args)
    except ValueError as e:
        print(e)
print(pprint.pformat({1.5: "a", 2: "b", None: 3, "x": 4}))
print(pprint.pformat(12345678901234567890, underscore_numbers=True),
      pprint.pformat([10 ** 6, 2 ** 70], underscore_numbers=True), pprint.pformat(10 ** 6))
print(pprint.pformat("short"), pprint.pformat(""), pprint.pformat("x" * 100, width=30))
print(pprint.pformat(["a b c d e f g h i j k l m n o p" * 2], width=20))
print(pprint.pformat({"a": "word " * 30}, width=40))
print(pprint.pformat(("tab\tand  double  spaces   here " * 3,), width=30))
print(pprint.pformat(set(range(30)), width=40))
print(pprint.pformat(frozenset(range(30)), width=40))
print(pprint.pformat(b"abcdefghij" * 10, width=30))
print(pprint.pformat([b"abcdefghij" * 10], width=30))
print(pprint.pformat(set(), width=1), pprint.pformat(frozenset(), width=1),
      pprint.pformat({}, width=1), pprint.pformat([], width=1), pprint.pformat(b"ab", width=1))
buf = io.StringIO()
pprint.pprint(data, stream=buf, width=50)
print(buf.getvalue() == pprint.pformat(data, width=50) + "\n")


class Custom:
    def __repr__(self):
        return "Custom(" + "z" * 90 + ")"


print(pprint.pformat([Custom(), {"k": Custom()}], width=40))
printable = [("string", (1, 2), [3, 4], {5: 6, 7: 8})] * 200
s = pprint.PrettyPrinter().pformat(printable)
print(len(s), s.count("\n"), s[:80], s[-60:])
print(pprint.PrettyPrinter()._safe_repr(printable, {}, None, 0)[1:])
nested = [[[[[1, 2, 3]]]], {"a": {"b": {"c": {"d": 1}}}}]
print(pprint.pformat(nested, depth=3), pprint.saferepr(nested))
pprint.pprint(nested, depth=2, width=10)
