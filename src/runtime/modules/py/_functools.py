"""`_functools`: the name of CPython's C accelerator of functools. mempy's
functools is written to behave as the C versions do (partial with read-only
attributes and C's repr, cmp_to_key, reduce), so this module presents those
same objects under the accelerator's name; code that imports it (or imports
functools fresh with it, as Lib/test does) gets working objects."""

from functools import reduce, partial, cmp_to_key

__all__ = ['reduce', 'partial', 'cmp_to_key']
