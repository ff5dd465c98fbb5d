# import of a module beside the script: runs once, cached in sys.modules
import sys
import _helper
import _helper as h2
from _helper import bump, Thing
print(_helper is h2, sys.modules["_helper"] is _helper)
print(bump(), bump(), _helper.counter)
print(Thing(), Thing.__module__, bump.__module__)
print(_helper.__name__, repr(_helper.__package__), _helper.__doc__)
print(_helper.__file__.endswith("/imports/_helper.py"), _helper.__file__.startswith("/"))
print(repr(_helper).startswith("<module '_helper' from '/"), repr(_helper).endswith("_helper.py'>"))
print(type(_helper).__name__, __name__, __package__, __spec__)
print(sorted(k for k in vars(_helper) if k.startswith("__")))
print(__file__.startswith("/"), __file__.endswith("basic.py"))
del sys.modules["_helper"]
import _helper as again
print(again is _helper, again.counter)
if __name__ == "__main__":
    print("main guard runs")
