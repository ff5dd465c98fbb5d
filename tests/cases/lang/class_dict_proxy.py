# cls.__dict__ is a mappingproxy over the class namespace: a new read-only view at
# each access, live (later class attributes show through), for every kind of class.
import types


class C:
    a = 1

    def f(self):
        return 2


d1 = C.__dict__
d2 = C.__dict__
print(type(d1).__name__, type(d1) is types.MappingProxyType, d1 is d2, d1 == d2)
print(d1['a'], d1['f'](C()), type(d1['f']).__name__, d1.get('missing', 'default'))
print('a' in d1, 'f' in d1.keys(), '__module__' in d1, d1['__module__'])

C.x = 10
print('x' in d1, d1['x'], d1.get('x'), 'x' in d1.keys(), 'x' in list(d1))
del C.x
print('x' in d1, d1.get('x', 'gone'))
keys = d1.keys()
C.y = 5
print('y' in keys)

# Builtin classes, subclasses of builtins, metaclasses, vars().
class Meta(type):
    pass


class K(metaclass=Meta):
    y = 2


class S(str):
    pass


print(type(K.__dict__).__name__, K.__dict__['y'], type(Meta.__dict__).__name__)
print(type(int.__dict__).__name__, type(object.__dict__).__name__, type(type.__dict__).__name__)
print('__add__' in int.__dict__, 'fromkeys' in dict.__dict__, 'append' in list.__dict__)
print(type(S.__dict__).__name__, 'upper' in S.__dict__, 'upper' in str.__dict__)
print(type(vars(C)).__name__, vars(C)['a'], vars(C) is vars(C))

# It cannot change the class.
for stmt in ["C.__dict__['z'] = 1", "del C.__dict__['a']", "C.__dict__.update(z=1)",
             "C.__dict__.setdefault('z', 1)", "hash(C.__dict__)", "C.__dict__ |= {}"]:
    try:
        exec(stmt)
        print(stmt, 'ran')
    except (TypeError, AttributeError) as e:
        print(stmt, '->', type(e).__name__, e)
print(hasattr(C, 'z'), C.a, C().f())

# What the standard library reads through it.
c = C.__dict__.copy()
c['z'] = 1
print(type(c).__name__, 'z' in C.__dict__, hasattr(C, 'z'))
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print(sorted(k for k, v in C.__dict__.items() if callable(v) and not k.startswith('__')))


class Base:
    def method(self):
        pass


class Child(Base):
    pass


print([k.__name__ for k in Child.__mro__ if 'method' in k.__dict__])
print(Base.__dict__['method'] is Base.method, Child.__dict__.get('method'))
