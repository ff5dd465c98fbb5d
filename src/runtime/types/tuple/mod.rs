//! `tuple` (CPython's Objects/tupleobject.c).
