# `_warnings`: the names CPython's C accelerator of `warnings` exports (warn,
# warn_explicit, the filter list, the default action and the "once" registry).
# mempy's `warnings` is written in Python and is the one implementation, so these
# are its own objects: a filter added through either module is seen by both.
# Compiled from this source at first import.

from warnings import filters, warn, warn_explicit, _filters_mutated
from warnings import defaultaction as _defaultaction
from warnings import onceregistry as _onceregistry
