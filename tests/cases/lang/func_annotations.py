# Function attributes: __annotations__ (parameters, *args, keyword-only, **kwargs,
# return), __defaults__, __kwdefaults__, __qualname__, __module__, __name__; module
# annotations.
import sys

x: int = 5
y: 'str'
print(__annotations__, x)


def f(a: int, b: str = 'b', *args: float, c: bool = True, d, **kw: dict) -> str:
    return a


print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__, f.__module__)


def g(a, b=1):
    pass


print(g.__annotations__, g.__kwdefaults__, g.__defaults__)
g.__annotations__['a'] = int
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'b': str}
print(g.__annotations__)


def order():
    print('evaluating annotations')
    return int


def h(v: order()) -> order():
    pass


print(h.__annotations__['return'] is int)


class C:
    def method(self, n: int) -> 'C':
        def inner(k: n.__class__) -> None:
            pass
        return inner

    @staticmethod
    def s(*, flag: bool = False):
        pass


print(C.method.__qualname__, C.method.__annotations__)
inner = C().method(3)
print(inner.__qualname__, inner.__annotations__, inner.__module__)
print(C.s.__kwdefaults__, C.s.__annotations__, C.s.__defaults__)
lam = lambda q, r=2: q
print(lam.__name__, lam.__qualname__, lam.__annotations__, lam.__defaults__)


def deco(fn):
    print('decorating', fn.__annotations__)
    return fn


@deco
def decorated(z: 'list[int]') -> None:
    pass


print(sorted(sys.modules[__name__].__annotations__))


# Assigning __defaults__ / __kwdefaults__ changes what calls bind.
def dflt(a, b, *, c):
    return a, b, c


dflt.__defaults__ = (2,)
dflt.__kwdefaults__ = {'c': 3}
print(dflt(1), dflt(1, 5, c=6), dflt.__defaults__, dflt.__kwdefaults__)
dflt.__defaults__ = None
print(dflt.__defaults__)
try:
    dflt(1, c=1)
except TypeError as e:
    print('TypeError:', e)
for bad in ([1], 'x'):
    try:
        dflt.__defaults__ = bad
    except TypeError as e:
        print('TypeError:', e)
    try:
        dflt.__kwdefaults__ = bad
    except TypeError as e:
        print('TypeError:', e)
