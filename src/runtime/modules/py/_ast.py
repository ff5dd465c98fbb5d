"""_ast: the node classes and compile() flags under the name of CPython's C module.

CPython's `ast` is built over `_ast`; mempy's is built over its own parser
(`_mempy_ast`), so this module is the other way round: it gives `ast`'s node classes
(every subclass of `ast.AST`) and the `PyCF_*` flags, nothing else, as `_ast` does.
"""

import ast as _ast_py

# The classes `ast` keeps for older code (3.8's Num, Str..., 3.9's Index, ExtSlice,
# the never-used Suite, Param, AugLoad, AugStore) are ast's own, not _ast's.
_DEPRECATED = frozenset({'Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis', 'Index',
                         'ExtSlice', 'Suite', 'Param', 'AugLoad', 'AugStore', 'slice'})

for _name, _value in vars(_ast_py).items():
    if (isinstance(_value, type) and issubclass(_value, _ast_py.AST)
            and _name not in _DEPRECATED):
        globals()[_name] = _value
    elif _name.startswith('PyCF_'):
        globals()[_name] = _value
del _name, _value, _ast_py, _DEPRECATED
