//! classes and their instances: `type`, `object`, class creation (CPython's Objects/typeobject.c).
