# importlib.invalidate_caches(): callable, takes no arguments, returns None; a module
# written after an import attempt is found afterwards.
import importlib, os, sys, tempfile
d = tempfile.mkdtemp()
sys.path.insert(0, d)
try:
    import s42d_late_mod
except ImportError as e:
    print("first:", type(e).__name__, e.name)
with open(os.path.join(d, "s42d_late_mod.py"), "w") as f:
    f.write("VALUE = 42\n")
print(importlib.invalidate_caches())
import s42d_late_mod
print(s42d_late_mod.VALUE)
try:
    importlib.invalidate_caches(1)
except TypeError as e:
    print("TypeError")
os.remove(os.path.join(d, "s42d_late_mod.py"))
os.rmdir(d)
