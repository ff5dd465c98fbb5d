# collections.Counter and OrderedDict are real dict subclasses: isinstance, getsizeof,
# counting arithmetic, equality with dicts, move_to_end/popitem, hashing errors.
import sys, copy
from collections import Counter, OrderedDict
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], len(c), sorted(c.elements())[:4], c.total())
c.update("aaz"); c.subtract({"b": 5}); print(c)
d = Counter(a=3, b=1) + Counter(a=1, b=2); print(d, Counter(a=3) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter("ab") == Counter("ba"), Counter() == {}, dict(Counter("aab")))
e = Counter("aab"); e += Counter("b"); print(e); e -= Counter("a"); print(e)
del e["zz"]; del e["b"]; print(e, isinstance(e, dict), type(e).__name__, copy.copy(e), e.copy())
print(sys.getsizeof(Counter()), sys.getsizeof(Counter("hello")))
o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
o.move_to_end("a"); print(o); o.move_to_end("c", last=False); print(o, o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, OrderedDict.fromkeys("xy", 0))
print(OrderedDict(a=1) | {"b": 2}, list(reversed(OrderedDict(a=1, b=2))), OrderedDict(), isinstance(o, dict))
try:
    hash(Counter())
except TypeError as ex:
    print(ex)
try:
    hash(OrderedDict())
except TypeError as ex:
    print(ex)
x = OrderedDict(); x["k"] = [1]; print(x, x.get("k"), "k" in x, list(x.keys()), list(x.items()))
