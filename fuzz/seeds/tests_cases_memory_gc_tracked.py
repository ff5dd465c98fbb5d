# Checks: gc.is_tracked for atomic values, containers, instances, functions, and dicts with/without containers.
import gc
print("int", gc.is_tracked(1), "str", gc.is_tracked("s"), "float", gc.is_tracked(1.5), "None", gc.is_tracked(None))
print("list", gc.is_tracked([]), gc.is_tracked([1, 2]))
print("empty dict", gc.is_tracked({}), "atomic dict", gc.is_tracked({"a": 1}), "dict with list", gc.is_tracked({"a": []}))
d = {"a": 1}
d["b"] = [2]
print("dict after adding list", gc.is_tracked(d))
print("set", gc.is_tracked(set()), gc.is_tracked({1}))
class C:
    pass
print("instance", gc.is_tracked(C()), "class", gc.is_tracked(C))
def f():
    pass
print("function", gc.is_tracked(f))
