# Checks: the __main__ module of a script has CPython's names in CPython's order,
# __doc__ and __cached__ None, an __annotations__ dict that module-level annotations
# fill, and sys.modules['__main__'] is that namespace.
import sys

print(list(globals())[:9])
print(__doc__, __cached__, __package__, __spec__, __annotations__)
x: int = 1
y: str
print(__annotations__, sys.modules['__main__'].__cached__ is None)
print(sys.modules['__main__'].__file__.endswith('main_module_globals.py'))
