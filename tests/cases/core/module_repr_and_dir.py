# repr(module): the loader's module_repr, then __file__, then the loader's repr;
# '?' for a missing name. dir(module) asks a __dir__ in its namespace. dir() of a
# function or bound method lists the function's own attributes.
import types
import warnings

m = types.ModuleType('foo')
print(repr(m))
m.__file__ = '/tmp/foo.py'
print(repr(m))
del m.__name__
print(repr(m))
del m.__file__
print(repr(m))


class BareLoader:
    pass


class FullLoader:
    @classmethod
    def module_repr(cls, m):
        return "<module '{}' (crafted)>".format(m.__name__)


class BadLoader:
    def module_repr(self, m):
        raise ValueError('no')

    def __repr__(self):
        return '<BadLoader>'


for loader in (BareLoader, FullLoader, BadLoader()):
    for named in (True, False):
        for filed in (False, True):
            mod = types.ModuleType('bar')
            mod.__loader__ = loader
            if not named:
                del mod.__name__
            if filed:
                mod.__file__ = 'bar.py'
            print(repr(mod))
odd = types.ModuleType('x')
odd.__name__ = 42
odd.__file__ = ('a', 'b')
print(repr(odd))

ns = types.ModuleType('ns')
ns.__dict__['__dir__'] = lambda: ['b', 'a', 'c']
ns.x = 1
print(dir(ns))
ns.__dict__['__dir__'] = 'not callable'
try:
    dir(ns)
except TypeError as e:
    print('TypeError', e)
ns.__dict__['__dir__'] = lambda: 5
try:
    dir(ns)
except TypeError as e:
    print('TypeError', e)


def f():
    pass


f.known_attr = 7
print('known_attr' in dir(f), [n for n in dir(f) if not n.startswith('__')])


class C:
    def meth(self):
        pass


C.meth.tag = 1
print([n for n in dir(C().meth) if not n.startswith('__')])
print(dir(types.MethodType(len, 1)) == dir(types.MethodType(len, 2)))
