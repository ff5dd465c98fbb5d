//! the builtin iterator types: sequence, dict, set and range iterators, `enumerate`, `zip`, `map`, `filter`, `reversed` (CPython's Objects/iterobject.c, enumobject.c, Python/bltinmodule.c).
