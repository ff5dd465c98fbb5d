# `_weakref`: the names CPython's C module under `weakref` exports (ref and its
# alias ReferenceType, proxy and the proxy types, getweakrefcount, getweakrefs,
# _remove_dead_weakref), taken from mempy's `weakref`, which holds the native
# reference type and the proxies. Compiled from this source at first import.

from weakref import ref, proxy, getweakrefcount, getweakrefs
from weakref import ProxyType, CallableProxyType

ReferenceType = ref


def _remove_dead_weakref(dct, key):
    # Deletes dct[key] when it is a weak reference whose referent died (what a
    # WeakValueDictionary's callback does); a missing key is no error.
    if type(dct) is not dict:
        raise TypeError("_remove_dead_weakref() argument 1 must be dict, not %s"
                        % type(dct).__name__)
    try:
        wr = dct[key]
    except KeyError:
        return None
    if not isinstance(wr, ref):
        raise TypeError("not a weakref")
    if wr() is None:
        del dct[key]
    return None
