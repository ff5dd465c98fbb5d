# packages: __init__, submodules, relative imports at several levels
import pkg
print(pkg.VALUE, pkg.sub.greet("x"))
import pkg.other
print(pkg.other.run())
import pkg.inner.deep as d
print(d.__name__, d.__package__, d.depth())
from pkg.inner import deep, parent_sub
print(deep is d, parent_sub is pkg.sub)
from pkg import other as o2
print(o2 is pkg.other)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg")))
print(pkg.__path__[0].endswith("/pkg"), pkg.__file__.endswith("/pkg/__init__.py"))
print(pkg.inner.__package__, pkg.sub.__package__, pkg.__package__)
print(repr(pkg.sub).startswith("<module 'pkg.sub' from '/"))
from pkg.sub import *
print(greet("star"))
