"""`genericpath`: the path operations CPython shares between posixpath and
ntpath. mempy keeps them in its posixpath, so this module presents the same
functions (the very objects, as `from genericpath import *` in CPython's
posixpath makes them) under the name tests and tools import."""

from posixpath import (commonprefix, exists, getatime, getctime, getmtime,
                       getsize, isdir, isfile, samefile, sameopenfile, samestat)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']
