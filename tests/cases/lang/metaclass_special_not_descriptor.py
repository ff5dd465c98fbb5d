# A special method found on a metaclass that is not a plain function is used as
# CPython's lookup_maybe_method leaves it: a class or other non-descriptor is called
# without the class, a staticmethod unbound, a classmethod bound to the metaclass.


class CallsDict(type):
    __call__ = dict


class D(dict, metaclass=CallsDict):
    pass


print(type(D(x=1)), D(x=1), D([(1, 2)]))


class StaticCall(type):
    @staticmethod
    def __call__(*args, **kw):
        return ('static', args, kw)


class S(metaclass=StaticCall):
    pass


print(S(1, k=2))


class Items(type):
    __getitem__ = staticmethod(lambda key: ('item', key))


class I(metaclass=Items):
    pass


print(I[3])


class ReprMeta(type):
    __repr__ = staticmethod(lambda: 'static repr')


class R(metaclass=ReprMeta):
    pass


try:
    print(repr(R))
except TypeError as e:
    print('TypeError', e)


class Set(type):
    @staticmethod
    def __setattr__(name, value):
        print('set', name, value)


class T(metaclass=Set):
    pass


T.a = 1
print(hasattr(T, 'a'))
