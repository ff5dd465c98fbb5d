# SETUP_ANNOTATIONS keeps an __annotations__ a metaclass namespace already holds;
# annotation keys and keyword-only defaults are mangled inside a class; a body
# with any annotated statement gets __annotations__; obj.attr / obj[key] targets
# without a value still evaluate their parts, and their annotation at module or
# class level.
class CNS:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item.lower()] = value
    def __getitem__(self, item):
        return self._dct[item]
class CMeta(type):
    @classmethod
    def __prepare__(metacls, name, bases, **kwds):
        return {'__annotations__': CNS()}
class CC(metaclass=CMeta):
    XX: 'ANNOT'
print(CC.__annotations__['xx'])
class C:
    __foo: int
    s: str = "attr"
    def f(self, *, __a: int = 42, **__k: str) -> None:
        return __a
print(C.__annotations__, C.f.__annotations__, C.f.__kwdefaults__, C().f())
def trace(x):
    print("eval", x)
    return x
class D:
    trace("obj").__class__: trace("ann")
    [0][trace(0):trace(1)]: trace("ann2")
    {}[trace("k1"), trace("k2")]: int
print(D.__dict__.get('__annotations__'))
try:
    class Cbad2:
        x: int
        x.y: list = []
except NameError as e:
    print("NameError", e)
def g():
    trace("obj").attr: trace("not evaluated in a function")
g()
ns = CNS()
exec("y: int = 5\nz: str", {}, ns)
print(ns._dct)
