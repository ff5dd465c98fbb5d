# Checks: dict literals, insertion order, get/setdefault/pop/update, views, iteration, deletion, repr.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print("keys", list(d.keys()), "values", list(d.values()), "items", list(d.items()))
d["b"] = 20
print("overwrite keeps order", d)
del d["a"]; d["a"] = 100
print("reinsert goes last", d)
print("pop", d.pop("b"), d.pop("zz", "default"), d)
print("setdefault", d.setdefault("n", []), d.setdefault("c", 0), d)
d.update({"x": 1}, y=2); print("update", d)
print("in", "x" in d, 1 in d)
for k, v in d.items():
    print(" ", k, v)
print("dict()", dict([(1, "a"), (2, "b")]), dict(p=1, q=2), dict(zip("ab", [1, 2])))
print("fromkeys", dict.fromkeys([1, 2], 0))
print("mixed keys", {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?"})
print("popitem", {1: 1, 2: 2}.popitem())
print("eq", {1: 2, 3: 4} == {3: 4, 1: 2})
print("merge", {"a": 1} | {"b": 2})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
