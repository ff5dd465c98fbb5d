# functools' C-accelerated pieces: reduce and cmp_to_key are builtin functions (stored
# on a class they do not bind), cmp_to_key gives functools.KeyWrapper objects (no
# direct construction, an obj field, unhashable, K-only comparisons); partial's repr of
# itself shows "...", __setstate__ keeps exact tuples/dicts and replaces __dict__ (so a
# copy shares keywords and __dict__); lru_cache hashes each argument once per call and
# survives builtins.len being cached; a failing __set_name__'s RuntimeError has the
# error as __context__ as well as __cause__; total_ordering's derived methods are
# shared module functions (`_ge_from_lt`) that pickle by reference.
import builtins, copy, functools, pickle

class T:
    r = functools.reduce
    c = functools.cmp_to_key

t = T()
print(functools.reduce, functools.cmp_to_key)
print(t.r(lambda a, b: a + b, [1, 2, 3]), sorted([3, 1, 2], key=t.c(lambda a, b: b - a)))

class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i
        raise IndexError
print(functools.reduce(lambda a, b: a * 10 + b, Seq()), functools.reduce(None, [], 7))

k = functools.cmp_to_key(mycmp=lambda a, b: a - b)
print(type(k(1)), k.obj, k(obj=5).obj)
try:
    hash(k(1))
except TypeError as e:
    print(e)
print(k(3) < k(4), k(4) >= k(4), k(2) == k(3))
for bad in [lambda: k(), lambda: k(1, 2), lambda: functools.cmp_to_key(),
            lambda: functools.cmp_to_key(1, 2), lambda: k(1) < 3, lambda: 3 < k(1),
            lambda: type(k)(), lambda: functools.reduce(),
            lambda: functools.reduce(1, [], initial=2), lambda: functools.reduce(1, []),
            lambda: functools.reduce(1, 2), lambda: functools.reduce(1, [], 3, 4)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

def capture(*a, **kw):
    return a, kw

f = functools.partial(capture)
f.__setstate__((f, (), {}, {}))
print(repr(f))
f.__setstate__((capture, (f,), {'a': f}, {}))
print(repr(f).replace(repr(capture), 'capture'))
f.__setstate__((capture, (1,), {'a': 10}, {'attr': []}))
print(f.__dict__, f(2, b=3))
f.__setstate__((capture, (1,), None, None))
print(f.__dict__, f.keywords, f(2))
g = functools.partial(capture, ['x'], bar=[True])
g.attr = []
h = copy.copy(g)
print(h.args is g.args, h.keywords is g.keywords, h.attr is g.attr, h.__dict__ is g.__dict__)

class Key:
    hashes = 0
    def __hash__(self):
        Key.hashes += 1
        return 7
    def __eq__(self, other):
        return self is other

@functools.lru_cache(maxsize=1)
def ident(x, y):
    return y

kk = Key()
ident(kk, 1)
print(Key.hashes, ident.cache_info())
ident(kk, 1)
print(Key.hashes, ident.cache_info())
ident(6, 2)
ident(kk, 1)
print(Key.hashes, ident.cache_info())

old_len = builtins.len
try:
    builtins.len = functools.lru_cache(4)(old_len)
    print([len('abcdef'[:i]) for i in [0, 0, 1, 2, 3, 3, 4, 5, 1]])
finally:
    builtins.len = old_len

try:
    class Reused:
        @functools.cached_property
        def a(self):
            pass
        b = a
except RuntimeError as e:
    print(e)
    print(repr(e.__context__), e.__cause__ is e.__context__)

@functools.total_ordering
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v

m = Ordered.__ge__
print(m.__name__, m.__qualname__, pickle.loads(pickle.dumps(m)) is m)
print(Ordered(2) >= Ordered(1), Ordered(1) > Ordered(2), Ordered(1) <= Ordered(1))
