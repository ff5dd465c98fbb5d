import importlib
import sys
m = importlib.import_module("_reloadme")
print(m.times, m is sys.modules["_reloadme"])
m2 = importlib.reload(m)
print(m2 is m, m.times)
sub = importlib.import_module("pkg.sub")
print(sub.__name__)
rel = importlib.import_module(".inner", "pkg")
print(rel.__name__)
print(importlib.import_module("math").sqrt(4))
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
try:
    importlib.import_module("nope_nope")
except ModuleNotFoundError as e:
    print(e)
try:
    importlib.reload(sys.modules["pkg.sub"]) and None
    del sys.modules["pkg.sub"]
    importlib.reload(sub)
except ImportError as e:
    print(e)
