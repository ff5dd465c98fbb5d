//! functions, builtin functions and bound methods (CPython's Objects/funcobject.c, methodobject.c, classobject.c).
