# The __class__ cell of a class body (CPython 3.11's __classcell__ protocol):
# type.__new__ fills it as soon as the class exists (zero-argument super() works in a
# metaclass __new__), a metaclass that drops it gets a RuntimeError, one that puts
# something else there a TypeError, and one that builds another class from the
# namespace a TypeError; a class body naming __class__ reads the enclosing one.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('classcell in namespace:', '__classcell__' in ns)
        cls = super().__new__(mcls, name, bases, ns)
        if 'f' in ns:
            print('f() inside __new__ sees', ns['f'].__func__(None).__name__)
        return cls

class A(metaclass=Meta):
    @classmethod
    def f(cls):
        return __class__
print(A.f() is A, '__classcell__' in A.__dict__, A.f.__func__.__closure__[0].cell_contents is A)

class Plain(metaclass=Meta):
    pass

class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class B(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError:', e)

class Bad(type):
    def __new__(mcls, name, bases, ns, cell):
        ns['__classcell__'] = cell
        return super().__new__(mcls, name, bases, ns)
for bad in (None, 0, ''):
    try:
        class C(metaclass=Bad, cell=bad):
            pass
    except TypeError as e:
        print('TypeError:', e)

class Twice(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        type('Other', (), ns)
        return cls
try:
    class D(metaclass=Twice):
        def f(self):
            return __class__
except TypeError as e:
    print('TypeError:', str(e).replace(__name__, 'M'))

class Outer:
    def method(self):
        class X:
            x = __class__
            def g():
                return __class__
        return X.x, X.g()
print([c.__name__ for c in Outer().method()])

try:
    super(int, int, int)
except TypeError as e:
    print(e)
def f(x):
    del x
    super()
try:
    f(1)
except RuntimeError as e:
    print(e)
sp = super(float, 1.0)
super.__init__(sp, int, 5)
print(sp.__thisclass__ if hasattr(sp, '__thisclass__') else '', sp.__self__)
