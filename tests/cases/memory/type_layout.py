# CPython's instance layout numbers: __basicsize__, __itemsize__, __dictoffset__,
# __weakrefoffset__ of builtin types and of class statements over them, and the
# __sizeof__ / getsizeof of their instances.
import sys
import collections

def row(t):
    return (t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)

builtin_types = [object, int, bool, float, complex, str, bytes, bytearray, list, tuple,
                 dict, set, frozenset, range, slice, type, property, staticmethod,
                 classmethod, super, enumerate, zip, map, filter, reversed, memoryview,
                 BaseException, Exception, OSError, KeyError, StopIteration, SyntaxError,
                 UnicodeDecodeError, ImportError, collections.deque, type(None),
                 type(len), type(row), type(sys)]
for t in builtin_types:
    print(t.__name__, row(t))

subclassable = [object, int, float, complex, str, bytes, bytearray, list, tuple, dict,
                set, frozenset, Exception, OSError, collections.deque, property, super,
                enumerate, zip, map, filter, reversed, staticmethod, classmethod]
for base in subclassable:
    class Plain(base):
        pass
    print(base.__name__, 'Plain', row(Plain))
    try:
        class Slotted(base):
            __slots__ = ('a', 'b')
        print(base.__name__, 'Slotted', row(Slotted))
    except TypeError as e:
        print(base.__name__, 'Slotted', 'TypeError:', e)
    try:
        class Weak(base):
            __slots__ = ('__weakref__',)
        print(base.__name__, 'Weak', row(Weak))
    except TypeError as e:
        print(base.__name__, 'Weak', 'TypeError:', e)
    try:
        class Deeper(Plain):
            __slots__ = ('z',)
        print(base.__name__, 'Deeper', row(Deeper))
    except TypeError as e:
        print(base.__name__, 'Deeper', 'TypeError:', e)

# Instances: getsizeof adds the GC header and the managed dict's pre-header to what
# __sizeof__ reports.
for base, arg in [(object, None), (list, [1, 2, 3]), (dict, {'a': 1}), (set, {1, 2}),
                  (int, 10**30), (float, 1.5), (str, 'hello'), (tuple, (1, 2)),
                  (bytes, b'abc'), (bytearray, b'abc'), (frozenset, {1}), (complex, 1j),
                  (Exception, 'boom')]:
    class Sub(base):
        pass
    x = Sub() if arg is None else Sub(arg)
    print(base.__name__, sys.getsizeof(x), x.__sizeof__(), base.__sizeof__(x))

class Point:
    __slots__ = ('x', 'y')
class Point3(Point):
    __slots__ = ('z',)
class Open(Point3):
    pass
for c in (Point, Point3, Open):
    print(c.__name__, row(c), sys.getsizeof(c.__new__(c)))

import types
class Lazy(types.ModuleType):
    pass
m = Lazy('m')
m.x = 5
print(row(Lazy), m.x, m.__dict__['x'], sys.getsizeof(m) - sys.getsizeof(types.ModuleType('n')))
class SM(staticmethod):
    pass
s = SM(len)
s.note = 1
print(row(SM), s.note, sys.getsizeof(s), sys.getsizeof(staticmethod(len)))
class P(property): pass
class E(enumerate): pass
class Z(zip): pass
class M(map): pass
class F(filter): pass
class R(reversed): pass
class SM(staticmethod): pass
class CM(classmethod): pass
class S(super): pass
class A:
    def f(self): return S(A, self)
for x in (P(), E([]), Z(), M(len, []), F(None, []), SM(len), CM(len)):
    print(type(x).__name__, sys.getsizeof(x), x.__sizeof__(), type(x).__basicsize__)
