# `_warnings` (the accelerator's names) warns like `warnings` and shares its
# filter list; `__hello__` imports quietly and greets from main().
import warnings
import _warnings

_warnings.warn("from the accelerator")
_warnings.warn("a second time", UserWarning, stacklevel=1)
print(_warnings.filters is warnings.filters, _warnings._defaultaction)
print(type(_warnings._onceregistry).__name__, callable(_warnings.warn_explicit))
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    _warnings.warn("caught", RuntimeWarning)
print([(w.category.__name__, str(w.message)) for w in got])

import __hello__

print(__hello__.initialized)
__hello__.main()
