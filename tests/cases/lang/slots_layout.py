# What __slots__ does to an instance's layout: its size, whether it gets a __dict__
# and a weakref slot (own, inherited, or from a secondary base), and a class's size.
import sys, weakref

class A: __slots__ = ('a',)
class N: pass
class W: __slots__ = ('__weakref__',)
class D: __slots__ = ('__dict__',)
class T: __slots__ = ('p', 'q')
class TD: __slots__ = ('p', '__dict__')
class TDW: __slots__ = ('p', '__dict__', '__weakref__')
class E: __slots__ = ()

def describe(cls):
    x = cls()
    try:
        x.zz = 1
        d = "dict"
    except AttributeError:
        d = "nodict"
    try:
        weakref.ref(x)
        w = "weak"
    except TypeError:
        w = "noweak"
    return d, w, sys.getsizeof(x)

for cls in [A, N, W, D, T, TD, TDW, E]:
    print(cls.__name__, *describe(cls))
for bases in [(A,), (N,), (A, N), (N, A), (A, W), (A, D), (D, A), (W, D)]:
    for ns in [{}, {"__slots__": ()}]:
        X = type("X", bases, ns)
        print([b.__name__ for b in bases], ns, *describe(X))

# Builtin bases: slots, dict and weakref on top of a builtin's own layout.
for base in [list, dict, str, float, set, Exception]:
    for slots in [None, (), ("a",), ("__weakref__",)]:
        ns = {} if slots is None else {"__slots__": slots}
        try:
            X = type("X", (base,), ns)
        except TypeError as e:
            print(base.__name__, slots, e)
            continue
        x = X()
        try:
            x.zz = 1
            d = "dict"
        except AttributeError:
            d = "nodict"
        try:
            weakref.ref(x)
            w = "weak"
        except TypeError:
            w = "noweak"
        print(base.__name__, slots, d, w)

# weakref to objects without a weakref slot.
for obj in [object(), Exception(), A(), E(), T()]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)
w = W()
print(w.__weakref__)
r1 = weakref.ref(w)
print(w.__weakref__ is r1, weakref.ref(w) is r1)
try:
    A().__weakref__
except AttributeError as e:
    print(e)
n = N()
print(n.__weakref__)

# Class sizes: a class whose instances have no managed dict has no shared keys.
class I(int): pass
class L(list): pass
class Ex(Exception): pass
print([sys.getsizeof(k) for k in (A, T, TD, N, L, I, Ex, E)])
print(sys.getsizeof(int), sys.getsizeof(object), sys.getsizeof(type))
print(sys.getsizeof(A.__dict__['a']))
