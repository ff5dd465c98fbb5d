# a directory without __init__.py is a namespace package
import _nspkg.nsmod
print(_nspkg.nsmod.X, _nspkg.__file__, _nspkg.nsmod.__package__)
from _nspkg import nsmod
print(nsmod.X)
