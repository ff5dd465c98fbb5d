# Metaclasses: type.__call__/__new__/__init__ (directly and through super()),
# metaclass __call__/__new__/__init__/__prepare__, metaclass methods and attributes on
# the class, special methods on the class, isinstance/type/repr, inheritance.

class M(type):
    pass


class E(metaclass=M):
    pass


e = E()
print(type(e).__name__, type(E) is M, isinstance(E, M), isinstance(E, type))
print(repr(E), E.__name__, E.__class__ is M)
print(M.__mro__ == (M, type, object), issubclass(M, type))


class Tracing(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('meta new', mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print('meta init', name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print('meta call', cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        print('made', type(inst).__name__)
        return inst

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}


class T(metaclass=Tracing, flag=True):
    def __init__(self, a, b=2):
        self.a, self.b = a, b

    def method(self):
        return 'method'


t = T(1, b=3)
print(t.a, t.b, t.method(), T.created_by, T.injected)
for i in range(3):
    print(T(i).a)   # the constructor cache must not bypass Tracing.__call__


class T2(T):    # inherits the metaclass
    pass


print(type(T2).__name__, T2(5).a)


# type.__call__ / type.__new__ / type.__init__ directly.
class P:
    def __init__(self, v):
        self.v = v


print(type.__call__(P, 7).v)
X = type.__new__(type, 'X', (P,), {'w': 1})
print(X.__name__, X.w, X(3).v, X.__bases__ == (P,))
Y = M('Y', (), {'z': 2})
print(type(Y).__name__, Y.z)
type.__init__(Y, 'Y', (), {})


# Metaclass methods, properties and attributes seen through the class.
class Registry(type):
    registry = []
    kind = 'registry-meta'

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.registry.append(name)

    def describe(cls):
        return f"{cls.__name__} with own={cls.__dict__.get('own')}"

    @property
    def upper(cls):
        return cls.__name__.upper()

    def __len__(cls):
        return 10

    def __iter__(cls):
        return iter(['a', 'b'])

    def __getitem__(cls, key):
        return key * 2

    def __contains__(cls, item):
        return item == 'a'

    def __repr__(cls):
        return f'<Registry class {cls.__name__}>'


class R(metaclass=Registry):
    own = 1


class R2(R):
    own = 2


print(R.describe(), R.upper, R2.upper, R.kind, R.own, R2.own)
print(len(R), list(R), R[21], 'a' in R, 'z' in R, R, R2)
print(Registry.registry, str(R))
r = R()
print(isinstance(r, R), type(r) is R)
try:
    r.describe()
except AttributeError as e:
    print('AttributeError:', e)
try:
    R.nope
except AttributeError as e:
    print('AttributeError:', e)


# Metaclass __setattr__ intercepting class attribute stores.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith('_'):
            super().__setattr__(name, value)
        else:
            raise AttributeError(f'cannot set {name}')

    def __delattr__(cls, name):
        raise AttributeError(f'cannot delete {name}')


class F(metaclass=Frozen):
    a = 1


try:
    F.a = 2
except AttributeError as e:
    print('AttributeError:', e)
F._hidden = 3
print(F.a, F._hidden)
try:
    del F.a
except AttributeError as e:
    print('AttributeError:', e)


# Metaclass __getattr__.
class Dyn(type):
    def __getattr__(cls, name):
        return 'dyn ' + name


class D(metaclass=Dyn):
    real = 'real'


print(D.real, D.anything)


# A metaclass __call__ that does not create an instance (singleton).
class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*a, **k)
        return Singleton._instances[cls]


class S(metaclass=Singleton):
    def __init__(self):
        print('S init')


print(S() is S(), S() is S())


# A function as metaclass.
def meta_func(name, bases, ns):
    ns['added'] = name.lower()
    return type(name, bases, ns)


class G(metaclass=meta_func):
    pass


print(G.added, type(G) is type)


# Metaclass conflict.
class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print('TypeError:', e)


# object.__init_subclass__ and class keywords.
class Plugin:
    plugins = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins.append(name or cls.__name__)


class One(Plugin, name='one'):
    pass


class Two(Plugin):
    pass


print(Plugin.plugins)
try:
    class Three(Plugin, bogus=1):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Plain(extra=1):
        pass
except TypeError as e:
    print('TypeError:', e)
object.__init_subclass__()


# super().__new__ in an ordinary class, and object.__new__ errors.
class N:
    def __new__(cls, *args):
        print('N.__new__', args)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(N(4).v)
try:
    object.__new__(N, 1)
except TypeError as e:
    print('TypeError:', e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print('TypeError:', e)
try:
    type.__new__(M)
except TypeError as e:
    print('TypeError:', e)
for call in (lambda: type.__new__(M, 'x'), lambda: type.__call__(5), lambda: M()):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(M('Q', (), {}), type('Q2', (), {}).__module__)


# A data descriptor that stores under its own name in the instance dict still wins
# on every load (the attribute caches must decline it).
class Const:
    def __get__(self, inst, owner):
        return 42

    def __set__(self, inst, v):
        inst.__dict__['k'] = v


class K:
    k = Const()


k = K()
for i in range(3):
    k.k = i
    print(k.k, k.__dict__)


# Errors from the type/object slots called directly.
for t in (lambda: object.__init__(), lambda: type.__init__(), lambda: type.__init__(int, 1),
          lambda: type.__call__(), lambda: type.__setattr__(1, 'a', 2),
          lambda: type.__repr__(3), lambda: type.__new__(), lambda: type.__new__(3),
          lambda: type.__new__(type, 1, (), {}), lambda: type.__new__(type, 'a', [], {}),
          lambda: type.__new__(type, 'a', (), []), lambda: object.__new__(int),
          lambda: object.__init_subclass__(1), lambda: type.__prepare__()):
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
type.__setattr__(P, 'q', 5)
print(P.q)
type.__delattr__(P, 'q')
print(hasattr(P, 'q'), type.__repr__(P), type.__prepare__('x', ()))
