# A native module function's __module__ is the module that made it, fixed when the
# function is registered: storing it in another module (from-import, attribute
# assignment) does not change it, and helper modules report CPython's names.
import sys
import types

holder = types.ModuleType("holder")
sys.modules["aaa_holder"] = holder
from math import sqrt, floor
holder.sqrt = sqrt
print(sqrt.__module__, floor.__module__)
print(len.__module__, abs.__module__, print.__module__)

import time, gc, operator, functools, itertools, heapq, os, copy, weakref, tracemalloc
print(time.time.__module__, gc.collect.__module__)
print(operator.add.__module__, functools.reduce.__module__)
print(heapq.heappush.__module__, itertools.tee.__module__)
print(os.getcwd.__module__, copy.deepcopy.__module__)
print(weakref.getweakrefcount.__module__, tracemalloc.start.__module__)
# A bound builtin method's __module__ is None.
print([].append.__module__)
# The module function's repr does not depend on where it is stored.
print(repr(holder.sqrt))
