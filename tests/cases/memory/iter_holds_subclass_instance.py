# An iterator over an instance of a list/tuple/str/bytes/bytearray/set/frozenset/dict
# subclass holds the instance itself (CPython's it_seq/di_dict/si_set), not just the
# builtin data: the instance (its __del__) lives while the iterator does and dies when
# iteration ends; gc.get_referents and sys.getrefcount show it. Exhausted iterators
# keep their type and size, and __reduce__ gives the empty sequence of their kind.
import gc
import sys


def make(base, arg):
    class C(base):
        def __del__(self):
            print("  del", base.__name__)
    C.__name__ = "My" + base.__name__
    return C(arg)


ways = [
    ("iter", iter),
    ("__iter__", lambda x: type(x).__mro__[1].__iter__(x)),
]
for base, arg in [(list, [1, 2]), (tuple, (1, 2)), (str, "ab"), (bytes, b"ab"),
                  (bytearray, b"ab"), (set, {1, 2}), (frozenset, {1, 2}),
                  (dict, {1: 2, 3: 4})]:
    for wname, way in ways:
        x = make(base, arg)
        before = sys.getrefcount(x)
        it = way(x)
        print(base.__name__, wname, type(it).__name__,
              sys.getrefcount(x) - before,
              [type(r).__name__ for r in gc.get_referents(it)])
        del x
        print("  first", next(it))
        print("  rest", list(it))
        print("  after end", type(it).__name__, sys.getsizeof(it), gc.get_referents(it))
        del it

print("dict views")
for name in ("keys", "values", "items"):
    d = make(dict, {1: 2})
    v = getattr(d, name)()
    print(name, [type(r).__name__ for r in gc.get_referents(v)], len(v), bool(v))
    it = iter(v)
    del d, v
    print("  iterator holds the dict:", type(gc.get_referents(it)[0]).__name__)
    print("  ", list(it))
    del it

print("reversed")
for base, arg in [(list, [1, 2]), (tuple, (1, 2)), (str, "ab"), (dict, {1: 2})]:
    x = make(base, arg)
    it = reversed(x)
    print(base.__name__, type(it).__name__, [type(r).__name__ for r in gc.get_referents(it)])
    del x
    print("  ", list(it))
    print("  after end", type(it).__name__, it.__reduce__())
    del it


class T(tuple):
    def __getitem__(self, i):
        return ("item", i)

    def __len__(self):
        return 3


# reversed() of a tuple subclass reads the instance as a sequence: its own __len__
# and __getitem__; iter() walks the tuple inside.
print(list(reversed(T((1, 2)))), list(iter(T((1, 2)))))


class L(list):
    def __getitem__(self, i):
        return "never"


# list's own iterators read the list inside, not an overriding __getitem__.
print(list(reversed(L([1, 2]))), list(iter(L([1, 2]))))

print("exhausted builtins")
for it in [iter([1]), reversed([1]), iter((1,)), iter("a"), iter("é"), iter(b"a"),
           iter(bytearray(b"a")), reversed((1,)), iter({1: 2}), iter({1}),
           reversed({1: 2}), iter({1: 2}.items())]:
    n = sys.getsizeof(it)
    list(it)
    print(type(it).__name__, sys.getsizeof(it) == n, it.__reduce__(), it.__length_hint__())

d = {1: 2}
it = iter(d)
n = sys.getrefcount(d)
list(it)
print("dict let go at the end:", n - sys.getrefcount(d))
s = {1}
it = iter(s)
n = sys.getrefcount(s)
list(it)
print("set let go at the end:", n - sys.getrefcount(s))
