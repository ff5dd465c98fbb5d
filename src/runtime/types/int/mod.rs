//! `int` and `bool` (CPython's Objects/longobject.c, boolobject.c).
