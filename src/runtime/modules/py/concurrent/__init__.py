"""concurrent: the package of `concurrent.futures` (CPython's Lib/concurrent)."""
