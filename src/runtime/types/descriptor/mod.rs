//! `property`, `staticmethod`, `classmethod` and `super` (CPython's Objects/descrobject.c, funcobject.c, typeobject.c).
