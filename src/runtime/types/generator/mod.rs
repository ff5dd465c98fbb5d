//! generators (CPython's Objects/genobject.c).
