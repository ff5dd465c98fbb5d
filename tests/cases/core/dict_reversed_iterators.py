# reversed() over a dict and its views: CPython's dict_reverse*iterator types that
# walk the live entries from the last, raise once (and for good) when the dict
# changes size, answer __length_hint__ from what is left, and pickle via __reduce__.
import sys, types
from operator import length_hint

d = {k: k * 10 for k in "abcdef"}
del d["b"], d["e"]          # holes in the entry table
d["g"] = 70
for make in (lambda: reversed(d), lambda: reversed(d.keys()),
             lambda: reversed(d.values()), lambda: reversed(d.items())):
    it = make()
    print(type(it).__name__, length_hint(it), list(it), length_hint(it))

it = reversed(d.items())
print(next(it), length_hint(it))
print(it.__reduce__())
print(sys.getsizeof(reversed(d)) == sys.getsizeof(iter(d)))

# A change of size raises RuntimeError, on every later step too, even once the
# size is back; the hint is 0 from the change on.
it = reversed(d)
next(it)
d["z"] = 0
print(length_hint(it))
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
del d["z"]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)

# Values replaced in place (same size) are seen; an exhausted iterator stays so.
e = {1: "one", 2: "two"}
it = reversed(e.values())
print(next(it))
e[1] = "uno"
print(next(it), next(it, "end"), next(it, "end"))

# Empty dicts, a mappingproxy of a dict, a class's namespace.
print(list(reversed({})), list(reversed({}.items())))
print(list(reversed(types.MappingProxyType({"x": 1, "y": 2}))))
class C:
    p = 1
    q = 2
print([k for k in reversed(C.__dict__) if not k.startswith("__")])
print(type(reversed(d)) is type(reversed(d.keys())), type(reversed(d.items())) is type(reversed(d)))
