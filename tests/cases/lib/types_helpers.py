# types: SimpleNamespace, new_class/prepare_class/resolve_bases, metaclass conflicts, DynamicClassAttribute, type names, GenericAlias.
import types
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
ns = types.SimpleNamespace(a=1, b='x'); print(ns, ns == types.SimpleNamespace(b='x', a=1)); ns.c = ns; print(ns)
t(types.SimpleNamespace, 1); t(hash, ns); t(getattr, ns, 'zz'); t(delattr, ns, 'zz'); del ns.c; print(ns)
class S(types.SimpleNamespace): pass
print(S(q=2)); t(getattr, S(), 'nope')
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases, **kw): print('prepare', name, kw); return {'x': 1}
    def __new__(m, name, bases, ns, **kw): return super().__new__(m, name, bases, ns)
C = types.new_class('C', (object,), {'metaclass': Meta, 'flag': 1}, lambda ns: ns.update(y=2))
print(C.__name__, C.x, C.y, type(C).__name__)
print(types.prepare_class('D', (int,), {}))
class ME:
    def __mro_entries__(self, bases): return (int, str) if False else (int,)
print(types.resolve_bases((ME(), object)), types.resolve_bases((object,)))
class Bad:
    def __mro_entries__(self, bases): return int
t(types.resolve_bases, (Bad(),))
E = types.new_class('E', (ME(),)); print(E.__mro__, E.__orig_bases__[0].__class__.__name__)
class M1(type): pass
class M2(type): pass
A1 = M1('A1', (), {}); A2 = M2('A2', (), {})
t(types.new_class, 'Z', (A1, A2))
print(types.prepare_class('Q', (A1,))[0])
class DC:
    def __init__(self): self._v = 5
    @types.DynamicClassAttribute
    def v(self):
        "doc of v"
        return self._v
    @v.setter
    def v(self, val): self._v = val
d = DC(); print(d.v); d.v = 9; print(d.v); t(getattr, DC, 'v'); t(delattr, d, 'v'); print(DC.__dict__['v'].__doc__)
w = types.DynamicClassAttribute(); t(getattr, type('X', (), {'w': w})(), 'w')
def g(): yield 1
print(types.FunctionType, types.GeneratorType, types.NoneType, types.NotImplementedType, types.EllipsisType, types.ModuleType, types.CellType)
print(type(g()) is types.GeneratorType, isinstance(len, types.BuiltinFunctionType), types.MappingProxyType({'a': 1})['a'])
t(types.coroutine, 1)
print(sorted(n for n in types.__all__ if n not in ('AsyncGeneratorType', 'UnionType', 'GetSetDescriptorType', 'MethodDescriptorType')))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == types.GenericAlias(dict, (str, int)), types.GenericAlias(list, int))
m = types.ModuleType('mm', 'docs'); print(m.__name__, m.__doc__)
