# Checks: functools reduce, partial (repr, nesting, errors), lru_cache/cache (cache_info,
# cache_clear, maxsize eviction, typed), wraps/update_wrapper, total_ordering,
# cmp_to_key, cached_property.
import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 7))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

p = partial(max, 3)
print(p, p(1), p(5, 9), p.func is max, p.args, p.keywords)
q = partial(int, base=2)
print(repr(q), q("101"), q("11", base=3))
pp = partial(partial(pow, 2), 5)
print(pp, pp())
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)


def power(base, exp):
    return base ** exp


square = partial(power, exp=2)
print(square(7), square.keywords)

calls = []


@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n


print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)


@functools.cache
def fact(n):
    "factorial"
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.__doc__, fact.cache_info())
ci = fact.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize)


@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(x)
    return x


calls.clear()
ident(1); ident(1.0); ident(1)
print(calls, ident.cache_info())
try:
    ident([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)


@lru_cache(0)
def nocache(x):
    return x


nocache(1); nocache(1)
print(nocache.cache_info())


def logged(func):
    @wraps(func)
    def inner(*args, **kwargs):
        "inner doc"
        return func(*args, **kwargs)
    return inner


@logged
def add(a, b):
    "Add two numbers."
    return a + b


add.extra = 1
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)


def target():
    pass


target.tag = "t"


def w():
    pass


functools.update_wrapper(w, target)
print(w.__name__, w.tag, w.__wrapped__ is target)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1))
print(Version.__gt__.__name__)


@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


print(Rev(1) < Rev(2), Rev(1) > Rev(2), Rev(3) <= Rev(3))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)


def cmp(x, y):
    return (x > y) - (x < y)


print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(y) - len(x))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(3) == k(3))
try:
    hash(k(1))
except TypeError as e:
    print("TypeError:", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing")
        return self.r * self.r * 3


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
c.area = 5
print(c.area)
del c.area
print(c.area)
