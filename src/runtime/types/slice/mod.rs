//! `slice` (CPython's Objects/sliceobject.c).
