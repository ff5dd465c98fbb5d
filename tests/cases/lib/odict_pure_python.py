# collections.OrderedDict when `_collections` is blocked (the pure-Python one CPython's
# test_ordered_dict checks as PurePythonOrderedDictTests): its order is its own, so a
# key removed behind its back through dict's methods makes iteration, the views, repr
# and copy raise KeyError; move_to_end/popitem, views, reversed, the copy state.
import copy
import sys

saved = sys.modules.pop("collections")
sys.modules["_collections"] = None
import collections
sys.modules["collections"] = saved
del sys.modules["_collections"]
OD = collections.OrderedDict
print(OD is saved.OrderedDict, OD.__module__)

od = OD([("a", 1), ("b", 2), ("c", 3)], d=4)
od.move_to_end("a")
od.move_to_end("d", last=False)
print(list(od), list(od.values()), list(od.items()), list(reversed(od.items())))
print(od.popitem(), od.popitem(last=False), od, dict(od))
print(od.pop("b"), od.pop("zz", 0), od.setdefault("e", 5), od)
try:
    od.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(od == OD([("c", 3), ("e", 5)]), od == OD([("e", 5), ("c", 3)]), od == {"e": 5, "c": 3})
print(od | {"f": 6}, {"f": 6} | od, OD.fromkeys("xy", 0))
od.x = 1
print(od.__reduce__()[2], copy.copy(od), copy.copy(od).x)

for name, damage in [("delitem", lambda d: dict.__delitem__(d, "spam")),
                     ("pop", lambda d: dict.pop(d, "spam")),
                     ("popitem", lambda d: dict.popitem(d))]:
    d = OD()
    d["spam"] = 1
    d["ham"] = 2
    damage(d)
    for what in (repr, lambda d: list(d.items()), lambda d: list(d.values()), lambda d: d.copy()):
        try:
            what(d)
            print(name, "no error")
        except KeyError as e:
            print(name, "KeyError", e)
d = OD(a=1)
dict.clear(d)
print(repr(d), list(d))
try:
    hash(OD())
except TypeError as e:
    print(e)
