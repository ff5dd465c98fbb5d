//! `float` (CPython's Objects/floatobject.c).
