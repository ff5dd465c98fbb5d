//! `bytes` and `bytearray` (CPython's Objects/bytesobject.c, bytearrayobject.c).
