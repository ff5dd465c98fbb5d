//! cells, the closure variables (CPython's Objects/cellobject.c).
