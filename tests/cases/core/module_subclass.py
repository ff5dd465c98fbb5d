# Python subclasses of types.ModuleType: calling one makes a module whose class is
# the subclass (methods, properties, __getattribute__/__setattr__/__delattr__
# overrides apply), ModuleType.__new__ makes an empty uninitialised module, and a
# module's __class__ can be set to a ModuleType subclass (the lazy-module idiom).
import sys, types, weakref

class M(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__
    @property
    def shout(self):
        return self.__name__.upper()

m = M("mm", "the doc")
print(m, type(m).__name__, isinstance(m, types.ModuleType), m.hello(), m.shout)
print(sorted(m.__dict__), m.__doc__, sys.getsizeof(m) == sys.getsizeof(sys))
m.x = 1
print(m.x, m.__dict__["x"])

log = []
class Logged(types.ModuleType):
    def __init__(self, name):
        types.ModuleType.__init__(self, name)
    def __getattribute__(self, name):
        log.append(("get", name))
        return types.ModuleType.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        types.ModuleType.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(("del", name))
        types.ModuleType.__delattr__(self, name)
a = Logged("a")
a.foo = 12
y = a.foo
del a.foo
print(log, hasattr(a, "foo"))

u = types.ModuleType.__new__(types.ModuleType)
print(repr(u), u.__dict__, hasattr(u, "__name__"))
u.foo = 1
print(u.__dict__)

class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return "lazy " + name
mod = types.ModuleType("plain")
mod.__class__ = Lazy
print(type(mod).__name__, mod.anything, mod.__name__)
mod.__class__ = types.ModuleType
try:
    mod.anything
except AttributeError as e:
    print("AttributeError:", e)
try:
    mod.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(types.ModuleType, str):
        pass
except TypeError as e:
    print("TypeError:", e)
print(weakref.ref(m)() is m)
try:
    types.ModuleType.__init__(5, "x")
except TypeError as e:
    print("TypeError:", e)
