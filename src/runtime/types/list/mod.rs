//! `list` (CPython's Objects/listobject.c).
