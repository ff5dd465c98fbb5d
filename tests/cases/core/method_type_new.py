# types.MethodType(func, obj) binds any callable to an instance, as attribute lookup
# does; equality and hash follow __func__ and __self__.
import types
def f(self, x=1): return (self, x)
class O: pass
o = O()
m = types.MethodType(f, o)
print(m()[0] is o, m()[1])
m2 = types.MethodType(f, o)
print(m == m2, hash(m) == hash(m2), m is m2)
print(type(m).__name__, type(m) is types.MethodType)
print(m.__name__, m.__qualname__, m.__doc__)
try:
    types.MethodType(1, o)
except TypeError as e: print(e)
try:
    types.MethodType(f, None)
except TypeError as e: print(e)
try:
    types.MethodType(f)
except TypeError as e: print(e)
m3 = types.MethodType(len, [1,2])
print(m3())
print(o.__class__)
print(repr(m).startswith("<bound method f of <__main__.O object"))
class P:
    def meth(self): return 1
p = P()
print(p.meth == p.meth, p.meth == P().meth, hash(p.meth) == hash(p.meth))
print(types.MethodType(P.meth, p)())
print(m.__func__ is f, m.__self__ is o)
class K:
    def __call__(self, me): return ("called with", type(me).__name__)
print(types.MethodType(K(), o)())
try:
    types.MethodType(f, o, 1)
except TypeError as e: print(e)
try:
    types.MethodType(f, inst=o)
except TypeError as e: print(e)
