# A builtin type's special methods (slot wrappers) carry CPython's fixed docstring
# for their slot; inspect.getdoc and pydoc find them for classes that do not
# document their own.
import inspect
for name in ['__init__', '__repr__', '__eq__', '__lt__', '__hash__', '__str__',
             '__getattribute__', '__setattr__', '__delattr__']:
    print(name, repr(getattr(object, name).__doc__))
for t, names in [(list, ['__len__', '__iadd__', '__imul__', '__contains__',
                         '__iter__', '__add__', '__mul__', '__rmul__']),
                 (int, ['__add__', '__radd__', '__neg__', '__abs__', '__bool__', '__index__',
                        '__pow__', '__rpow__', '__divmod__', '__int__', '__float__']),
                 (set, ['__isub__', '__iand__', '__or__', '__ror__'])]:
    for n in names:
        print(t.__name__, n, repr(getattr(t, n).__doc__))
class C:
    def __init__(self): pass
print(inspect.getdoc(C.__init__))
print(repr(list.append.__doc__ is None or isinstance(list.append.__doc__, str)))
