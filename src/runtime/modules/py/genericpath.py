"""`genericpath`: the path operations CPython shares between posixpath and
ntpath. mempy keeps them in its posixpath, so this module presents the same
functions (the very objects, as `from genericpath import *` in CPython's
posixpath makes them) under the name tests and tools import.

Left out: `sameopenfile` (mempy's os has no fstat)."""

from posixpath import (commonprefix, exists, getatime, getctime, getmtime,
                       getsize, isdir, isfile, samefile, samestat)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'samestat']
