//! module objects (CPython's Objects/moduleobject.c).
