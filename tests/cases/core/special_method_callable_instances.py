# Special methods that are not functions (CPython's lookup_maybe_method /
# _PyObject_LookupSpecial): a callable instance stored on the class is called
# WITHOUT the instance, an object whose type has __get__ is bound through it,
# and a bound method is called as it is (len, hash, str, in, [], ==, *, with).


class Recorder:
    def __init__(self, result):
        self.result = result
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args)
        return self.result


class Binder:
    """A descriptor: binds to the instance like a function would."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        print('  __get__', type(obj).__name__, objtype.__name__)
        return lambda *args: self.func(obj, *args)


class Helper:
    def size(self):
        return 11


class C:
    __len__ = Recorder(3)
    __hash__ = Recorder(1234)
    __str__ = Recorder('via recorder')
    __contains__ = Recorder(True)
    __getitem__ = Binder(lambda self, k: ('item', k))
    __mul__ = Recorder('product')
    __eq__ = Binder(lambda self, other: other == 'yes')


c = C()
print(len(c), hash(c), str(c), 5 in c)
print(C.__len__.calls, C.__hash__.calls, C.__str__.calls, C.__contains__.calls)
print(c['k'])
print(c * 2, C.__mul__.calls)
print(c == 'yes', c == 'no')


class D:
    __len__ = Helper().size


print(len(D()))


class Enter:
    def __call__(self):
        print('  enter called with no arguments')
        return 'entered'


class Exit:
    def __call__(self, *exc):
        print('  exit called with', exc)
        return False


class Ctx:
    __enter__ = Enter()
    __exit__ = Exit()


with Ctx() as value:
    print(value)


class NotCallable:
    pass


class E:
    __len__ = NotCallable()


try:
    len(E())
except TypeError as e:
    print('TypeError', e)
