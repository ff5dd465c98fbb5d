# attribute of a partially initialised module
try:
    import _circ_e
except AttributeError as e:
    print("AttributeError:", e)
import sys
print("_circ_e" in sys.modules, "_circ_f" in sys.modules)
