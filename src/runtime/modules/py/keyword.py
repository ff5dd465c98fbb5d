# mempy's `keyword` module: the reserved words and the soft keywords of Python 3.11's
# grammar (CPython generates its Lib/keyword.py from the PEG grammar). Compiled from
# this source at first import.

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

# The hard keywords, in sorted order as CPython lists them (capitalised ones sort
# first): none of them can be used as a name.
kwlist = sorted("""
False None True and as assert async await break class continue def del elif else
except finally for from global if import in is lambda nonlocal not or pass raise
return try while with yield
""".split())

# Words that are keywords only inside a `match` statement.
softkwlist = ["_", "case", "match"]

# Bound `__contains__` of a frozenset, as in CPython: a quick membership test that
# takes exactly one argument.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
