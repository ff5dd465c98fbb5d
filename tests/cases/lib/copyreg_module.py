# copyreg: pickle()/constructor() and their errors, pickle_complex, _slotnames (own
# and inherited slots, private-name mangling, __dict__/__weakref__ skipped, the
# cached __slotnames__), the extension registry and its errors, __newobj__ /
# __newobj_ex__ / _reconstructor, and the protocol 0/1 reduction (_reduce_ex)
# pickle uses for plain instances and builtin subclasses.
import copyreg, pickle
print(copyreg.__all__)
class C: pass
def red(c): return C, ()
copyreg.pickle(C, red)
print(copyreg.dispatch_table[C] is red, copyreg.dispatch_table[complex].__name__)
for a in [(C, 1), (C, red, 5)]:
    try: copyreg.pickle(*a)
    except TypeError as e: print(e)
try: copyreg.constructor(3)
except TypeError as e: print(e)
copyreg.constructor(C)
print(copyreg.pickle_complex(3+4j))
class S:
    __slots__ = ('a', '__b', '__dict__', '__weakref__')
class T(S):
    __slots__ = 'c'
class _U: __slots__ = ('__x',)
class __V: __slots__ = ('__y',)
print(copyreg._slotnames(S), copyreg._slotnames(T), copyreg._slotnames(C), copyreg._slotnames(_U), copyreg._slotnames(__V))
print(T.__dict__.get('__slotnames__'))
copyreg.add_extension('m', 'n', 300)
copyreg.add_extension('m', 'n', 300)
for a in [('m', 'n', 301), ('m', 'o', 300), ('m', 'x', 0), ('m', 'x', 2**31)]:
    try: copyreg.add_extension(*a)
    except ValueError as e: print(e)
print(copyreg._extension_registry, copyreg._inverted_registry)
try: copyreg.remove_extension('m', 'n', 301)
except ValueError as e: print(e)
copyreg.remove_extension('m', 'n', 300)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg.clear_extension_cache()
class N(int):
    def __new__(cls, v, w=0): return int.__new__(cls, v)
print(copyreg.__newobj__(N, 5), type(copyreg.__newobj__(N, 5)).__name__)
print(copyreg.__newobj_ex__(N, (6,), {'w': 1}))
class L(list): pass
o = copyreg._reconstructor(L, list, [1, 2]); print(type(o).__name__, o)
o = copyreg._reconstructor(C, object, None); print(type(o).__name__)
x = C(); x.a = 1
print(copyreg._reduce_ex(x, 0)[0].__name__, copyreg._reduce_ex(x, 0)[1:], )
print(copyreg._reduce_ex(L([1]), 1)[1])
class Sl:
    __slots__ = ('a',)
try: copyreg._reduce_ex(Sl(), 0)
except TypeError as e: print(e)
for p in (0, 1):
    y = pickle.loads(pickle.dumps(x, p)); print(type(y).__name__, y.__dict__)
    print(pickle.loads(pickle.dumps(L([3, 4]), p)))
print(pickle.loads(pickle.dumps(3+4j)))
