# Checks: del of names, list items, slices, dict keys, attributes; NameError after del.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
L = [0, 1, 2, 3, 4, 5]
del L[0]; print(L)
del L[-1]; print(L)
del L[1:3]; print(L)
d = {"a": 1, "b": 2}
del d["a"]; print(d)
class C:
    pass
o = C(); o.attr = 1
del o.attr
print("hasattr", hasattr(o, "attr"))
a, b = 1, 2
del a, b
print("deleted both", "a" in dir(), "b" in dir())
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
