"""_pickle: the pickler and unpickler under the name of CPython's accelerator module.

In CPython `pickle.Pickler` is `_pickle.Pickler` (the C class; `pickle._Pickler` is
the Python one). mempy has one implementation, `pickle`'s, so `_pickle` names the
same classes, functions and exceptions.
"""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, dump, dumps, load, loads)
