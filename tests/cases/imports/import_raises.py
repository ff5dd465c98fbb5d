# a module that raises while importing is not left in sys.modules
import sys
try:
    import _raises
except KeyError as e:
    print("KeyError", e, "_raises" in sys.modules)
import _raises
