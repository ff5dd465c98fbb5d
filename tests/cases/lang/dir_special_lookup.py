# dir(obj) calls type(obj).__dir__ through the special-method lookup: a descriptor
# stored as __dir__ is bound by its __get__ (which may raise), a callable object is
# called as it is; generators, coroutines and async generators list their getsets.
record = []

class Descr:
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(type(obj).__name__)
        return self.impl.__get__(obj, owner)

def listing(self):
    return ['b', 'a']

class X:
    __dir__ = Descr(listing)
print(dir(X()), record)

class Err(Exception):
    pass

class Raising:
    def __get__(self, obj, owner):
        raise Err('no dir')

class Y:
    __dir__ = Raising()
try:
    dir(Y())
except Err as e:
    print('Err:', e)

class Callable:
    def __call__(self):
        return ('z', 'y')

class Z:
    __dir__ = Callable()
print(dir(Z()))

class S:
    @staticmethod
    def __dir__():
        return ['s']
print(dir(S()))

def gen():
    yield 1
g = gen()
print([n for n in dir(g) if not n.startswith('__')])
print('__name__' in dir(g), '__qualname__' in dir(g))
g.__name__ = 'renamed'
print(g.__name__, type(g).__dict__['gi_running'].__get__(g), type(g).__dict__['gi_code'])
for attr in ('gi_running', 'gi_frame', 'gi_code', 'gi_suspended'):
    try:
        setattr(g, attr, 1)
    except AttributeError as e:
        print('AttributeError:', e)

async def coro():
    pass
c = coro()
print([n for n in dir(c) if n.startswith('cr_') and n != 'cr_origin'])
c.close()

async def agen():
    yield 1
a = agen()
print([n for n in dir(a) if n.startswith('ag_')])
