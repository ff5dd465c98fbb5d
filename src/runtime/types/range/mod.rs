//! `range` (CPython's Objects/rangeobject.c).
