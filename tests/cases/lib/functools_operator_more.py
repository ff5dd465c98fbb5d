# functools (reduce, partial, lru_cache/cache, total_ordering, cmp_to_key, wraps)
# and operator (getters, methodcaller, length_hint, errors): results and messages.
import functools, operator
from functools import partial, reduce, lru_cache, cache, total_ordering, cmp_to_key, wraps, update_wrapper

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
for bad in [lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5), lambda: partial(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1, d=9)
print(p(2), p(2, 5, d=1), p.func is f, p.args, p.keywords)
pp = partial(p, 2, d=0)
print(pp(), pp.args, pp.keywords, pp.func is f)
print(repr(partial(max, 1, 'x', key=len)))

class MyPartial(partial):
    pass

print(repr(MyPartial(max, 3)))

@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x

print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)

@cache
def g(x, y=1):
    return x + y

print(g(1), g(1, y=2), g(y=2, x=1), g(1), g.cache_info())

@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__

print(t(1), t(1.0), t(True), t.cache_info(), t.cache_parameters())

@lru_cache(maxsize=0)
def z(x):
    return x

print(z(1), z(1), z.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
try:
    g([1])
except TypeError as e:
    print('TypeError', e)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) > V(1), V.__gt__.__name__)

@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v

print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(3) >= W(2), W(2) <= W(1))

@total_ordering
class N:
    def __le__(self, o):
        return NotImplemented

try:
    N() < N()
except TypeError as e:
    print('TypeError', e)
try:
    @total_ordering
    class X:
        pass
except ValueError as e:
    print('ValueError', e)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(1) == K(1), K(2) >= K(3), K(3) > K(2), K(2) <= K(2))

def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner

@deco
def named(x):
    "doc here"
    return x

print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(5))

def w2():
    pass

update_wrapper(w2, named)
print(w2.__name__, w2.__qualname__, w2.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class C:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42

c = C()
print(c.val, c.val)

from operator import itemgetter, attrgetter, methodcaller, length_hint, indexOf, countOf, concat, index
print(itemgetter(1)('abc'), repr(itemgetter(1)), itemgetter(0, 2)('abc'), repr(itemgetter(0, 2)))
try:
    itemgetter()
except TypeError as e:
    print('TypeError', e)

class O:
    pass

o = O()
o.a = O()
o.a.b = 5
o.c = 1
print(attrgetter('a.b')(o), repr(attrgetter('a.b')), attrgetter('c', 'a.b')(o), repr(attrgetter('c', 'a.b')))
for bad in [lambda: attrgetter(1), lambda: attrgetter('a', 2), lambda: methodcaller(3), lambda: methodcaller()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    attrgetter('zz')(o)
except AttributeError as e:
    print('AttributeError', e)
mc = methodcaller('split', ',', maxsplit=1)
print(mc('a,b,c'), repr(mc), repr(methodcaller('upper')))
print(repr(methodcaller('m', name='n', self='s')))
print(length_hint([1, 2]), length_hint(object(), 7))

class H:
    def __length_hint__(self):
        return 3

class BadH:
    def __length_hint__(self):
        return -1

class BadH2:
    def __length_hint__(self):
        return 'x'

print(length_hint(H()))
for bad in [lambda: length_hint(BadH()), lambda: length_hint(BadH2()), lambda: length_hint([], 'x'),
            lambda: indexOf([1], 5), lambda: concat(1, 2), lambda: index(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(countOf([1, 2, 1, 1.0], 1), indexOf('abc', 'c'), operator.__add__ is operator.add, operator.__not__(1))
print(operator.__iconcat__([1], [2]), operator.truth([]), operator.is_not(1, None))
