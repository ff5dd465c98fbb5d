# staticmethod and classmethod objects have a __dict__ (CPython 3.10+): creation
# copies the callable's __module__, __name__, __qualname__, __doc__ and
# __annotations__ into it; other attributes can be set and deleted; the repr shows
# the callable's repr; wrappers made by a class body (__new__, __init_subclass__)
# start with an empty one.
import sys, gc
def f(x: int) -> int:
    "doc of f"
    return x
s = staticmethod(f)
c = classmethod(f)
print(s.__dict__ == c.__dict__, sorted(s.__dict__))
print(s.__wrapped__ is f, c.__func__ is f, s.__name__, c.__qualname__, s.__doc__, c.__annotations__)
print(sys.getsizeof(s), sys.getsizeof(c), len(gc.get_referents(s)))
s.tag = 1
print(s.tag, s.__dict__['tag'])
del s.tag
try:
    del s.tag
except AttributeError as e:
    print("AttributeError:", e)
s.__dict__ = {'y': 2}
print(s.y, hasattr(s, '__name__'))
for bad in (5, None):
    try:
        s.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    s.__func__ = len
except AttributeError as e:
    print("AttributeError:", e)
print(type(staticmethod.__dict__['__dict__']).__name__, type(classmethod.__dict__['__wrapped__']).__name__)
print(sorted(staticmethod(1).__dict__))
print(repr(staticmethod(len)), repr(classmethod(abs)))
print(repr(s).startswith("<staticmethod(<function f at 0x"))
class K:
    def __new__(cls): return object.__new__(cls)
    def __init_subclass__(cls): pass
    @staticmethod
    def g(): "gdoc"
    @classmethod
    def h(cls): pass
print(K.__dict__['__new__'].__dict__, K.__dict__['__init_subclass__'].__dict__,
      getattr(K.__dict__['__new__'], '__name__', 'no name'))
print(K.__dict__['g'].__name__, K.__dict__['h'].__qualname__, K.__dict__['g'].__doc__, K.g(), K.h())
print(s.__isabstractmethod__)
