# Checks: types: SimpleNamespace (repr, eq, attribute errors, recursion), the type names, GenericAlias, DynamicClassAttribute, new_class/prepare_class/resolve_bases.
import types
ns = types.SimpleNamespace(a=1, b="x")
print(ns, repr(ns), ns.a, ns.b, vars(ns))
print(ns == types.SimpleNamespace(b="x", a=1), ns == 3, ns != types.SimpleNamespace(a=1))
ns.c = [1, 2]
ns.self = ns
print(ns)
del ns.self
print(ns, types.SimpleNamespace(), types.SimpleNamespace(**{"k": "v"}))
for action in [lambda: types.SimpleNamespace(1), lambda: hash(ns), lambda: ns.missing,
               lambda: delattr(ns, "missing")]:
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class N(types.SimpleNamespace):
    pass


n = N(z=1)
print(n, n == types.SimpleNamespace(z=1), types.SimpleNamespace(z=1) == n, isinstance(n, types.SimpleNamespace))
try:
    n.other
except AttributeError as e:
    print(e)
print(types.SimpleNamespace, types.SimpleNamespace.__module__)


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType),
      isinstance(None, types.NoneType), isinstance(types, types.ModuleType),
      isinstance(f.__code__, types.CodeType), isinstance(..., types.EllipsisType),
      isinstance(NotImplemented, types.NotImplementedType), isinstance(g, types.FunctionType))
print(types.FunctionType, types.GeneratorType, types.MethodType, types.BuiltinFunctionType,
      types.NoneType, types.ModuleType, types.EllipsisType, types.NotImplementedType,
      types.CodeType, types.CellType)
print(types.LambdaType is types.FunctionType)
ga = types.GenericAlias(list, (int,))
print(ga, ga.__origin__, ga.__args__, types.GenericAlias(dict, (str, int)), ga == types.GenericAlias(list, int), ga())
A = types.new_class("A", (object,), {}, lambda ns: ns.update(x=1))
print(A.x, A.__name__, A.__mro__[1:], types.resolve_bases((int, str)))
print(types.prepare_class("A", (object,), {}), types.prepare_class("B"))


class Meta(type):
    pass


B = types.new_class("B", (), {"metaclass": Meta})
print(type(B).__name__, types.prepare_class("X", (B,))[0].__name__)


class Entry:
    def __init__(self, base):
        self.base = base

    def __mro_entries__(self, bases):
        return (self.base,)


D = types.new_class("D", (Entry(int),))
print(D.__mro__[1:], D.__orig_bases__[0].base, D(5) + 1)


class E:
    @types.DynamicClassAttribute
    def name(self):
        return "dyn"


print(E().name)
try:
    E.name
except AttributeError:
    print("AttributeError from the class")
print(sorted(n for n in types.__all__ if n in dir(types)) == sorted(types.__all__))
