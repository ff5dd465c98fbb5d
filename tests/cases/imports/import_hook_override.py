# Checks: replacing builtins.__import__ reroutes import statements through it, with
# CPython's arguments (name without dots, fromlist tuple or None, level), and putting
# the builtin back restores normal imports.
import builtins

orig = builtins.__import__


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    print('import', repr(name), fromlist, level, type(globals).__name__)

    class M:
        a = 1
        b = 2
    return M


builtins.__import__ = hook
import a
import a.b
import a.b as c
from a import a
from a.b import a, b as bb
from .a import a
from ..a import a, b
from .. import a
from m import *
print(a, bb)
builtins.__import__ = orig
import math
print(math.floor(2.5))
