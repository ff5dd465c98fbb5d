//! weak references (CPython's Objects/weakrefobject.c).
