"""mempy's `operator` module (CPython's Lib/operator.py over Modules/_operator.c).

The operator functions (add, lt, getitem, iadd, truth, index, length_hint, call,
...) and the itemgetter, attrgetter and methodcaller types are native, in
`_operator`; this module re-exports them and adds the `__dunder__` spellings
(`operator.__add__ is operator.add`).
"""

from _operator import *

__all__ = """
    abs add and_ attrgetter call concat contains countOf delitem eq floordiv ge
    getitem gt iadd iand iconcat ifloordiv ilshift imatmul imod imul index
    indexOf inv invert ior ipow irshift is_ is_not isub itemgetter itruediv
    ixor le length_hint lshift lt matmul methodcaller mod mul ne neg not_ or_
    pos pow rshift setitem sub truediv truth xor
""".split()

# The names that are not operators themselves have no dunder spelling.
for _name in __all__:
    if _name in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf',
                 'indexOf', 'length_hint', 'truth', 'is_', 'is_not'):
        continue
    globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
