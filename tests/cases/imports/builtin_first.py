# the builtin modules are found before the script's directory; library modules
# written in Python after it (as in CPython)
import sys, gc, time
print(type(sys.path).__name__, repr(sys))
import collections
print(collections.OrderedDict.__name__)
