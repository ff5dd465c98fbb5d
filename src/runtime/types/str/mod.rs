//! `str` (CPython's Objects/unicodeobject.c).
