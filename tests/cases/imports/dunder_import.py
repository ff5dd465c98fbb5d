# The __import__ builtin over the import system.
m = __import__("math")
print(m.__name__, m.floor(2.5))
print(__import__("pkg.inner").__name__)
print(__import__("pkg.inner", fromlist=["x"]).__name__)
print(__import__("pkg", globals(), None, ["other"]).other.__name__)
h = __import__(name="_helper", level=0)
print(h.bump(), h.bump())
import sys
print(__import__("pkg.inner.deep") is sys.modules["pkg"])
print(__import__("sub", sys.modules["pkg"].__dict__, None, [], 1).__name__)
print(__import__("inner.deep", {"__package__": "pkg"}, None, (), 1).__name__)
print(__import__("", {"__package__": "pkg.inner"}, None, None, 2).__name__)
print(__import__("deep", {"__package__": "pkg.inner"}, None, ["depth"], 1).depth())
for args in [(1,), ("",), ("os", None, None, (), -1), (".x",), ("x", None, None, (), 1),
             ("x", {}, None, (), 1), ("x", 5, None, (), 1), ("x", {"__name__": "a"}, None, (), 1),
             ("x", {"__package__": "a.b"}, None, (), 3), ("no_such_module_xyz",)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("math", foo=1)
except TypeError as e:
    print(e)
try:
    __import__()
except TypeError as e:
    print(e)
