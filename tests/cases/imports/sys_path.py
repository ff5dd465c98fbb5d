# sys.path: the script's directory first; programs can add entries
import sys
here = __file__.rsplit("/", 1)[0]
print(sys.path[0] == here, type(sys.path).__name__)
try:
    import extra_mod
except ImportError as e:
    print(e)
sys.path.append(here + "/_extra")
import extra_mod
print(extra_mod.NAME, extra_mod.__file__.endswith("/_extra/extra_mod.py"))
sys.path.insert(0, "_extra")
print(sys.path[0])
