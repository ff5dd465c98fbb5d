# type(name, bases, ns, **kw): the keywords go to __init_subclass__; the name
# and a str __doc__ must make C strings (no NUL, no lone surrogate), also when
# __name__ is assigned later.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)

attempt('kw', lambda: type('a', (), {}, x=5))
attempt('dict=', lambda: type('a', (), dict={}))
attempt('one+kw', lambda: type(5, x=1))

class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
C = type('C', (Base,), {}, flavour='mint')
print(C.__name__, C.__mro__[1].__name__)

attempt('nul', lambda: type('A\x00B', (), {}))
attempt('surrogate', lambda: type('A\udcdcB', (), {}))
attempt('bytes', lambda: type(b'A', (), {}))
for name in 'A', '\xc4', '\U0001f40d', 'B.A', '42', '':
    print(repr(type(name, (), {}).__name__))

A = type('C', (), {})
def setname(v):
    A.__name__ = v
    return A.__name__
attempt('set nul', lambda: setname('A\x00B'))
attempt('set surrogate', lambda: setname('A\udcdcB'))
attempt('set bytes', lambda: setname(b'A'))
attempt('set ok', lambda: setname('\U0001f40d'))
def setqual(v):
    A.__qualname__ = v
    return A.__qualname__
attempt('qualname nul', lambda: setqual('x\x00y'))

for doc in 'x', 'x\x00y', b'x', 42, None:
    print(repr(type('D', (), {'__doc__': doc}).__doc__))
attempt('doc surrogate', lambda: type('D', (), {'__doc__': 'x\udcdcy'}))
D = type('D', (), {})
D.__doc__ = 'x\udcdcy'
print(repr(D.__doc__))

# The keyword error names the class by its qualified name.
def outer():
    class Inner(flavour=1):
        pass
attempt('nested', outer)
attempt('builtin', lambda: int.__init_subclass__(x=1))
attempt('made', lambda: type('M', (), {'__qualname__': 'Q.M'}, x=1))
