//! `set` and `frozenset` (CPython's Objects/setobject.c).
