//! `BaseException` and the builtin exception classes (CPython's Objects/exceptions.c).
