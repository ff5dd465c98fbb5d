//! `dict` and its views (CPython's Objects/dictobject.c).
