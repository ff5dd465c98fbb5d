"""`unittest.case`, `unittest.util`, `unittest.result`, ... : mempy's unittest is
one module, so each of these submodule names of CPython's package is a view of
it, holding all of its names (private ones too, such as
`unittest.case._AssertRaisesContext` or `unittest.util.safe_repr`)."""

import unittest as _unittest

globals().update({_k: _v for _k, _v in vars(_unittest).items()
                  if not (_k.startswith('__') and _k.endswith('__'))})
