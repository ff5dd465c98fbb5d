# Checks: collections.abc: submodule imports, subclass hooks, mixin methods of Sequence/MutableSequence/Mapping/MutableMapping/Set/MutableSet, abstract instantiation errors, generic aliases.
import collections.abc
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Callable,
                             Hashable, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, Collection, Reversible, KeysView)
import collections
print(collections.abc.Iterable, cabc is collections.abc, cabc.__name__, collections.abc is collections.abc)
print(Sequence.__module__, Iterable.__name__, type(Iterable))
print(sorted(collections.abc.__all__))
print(Iterator[int], Callable[[int, str], bool], Mapping[str, int], Iterator[int].__origin__ is Iterator)
print(Iterable.__subclasshook__(list), Iterator.__subclasshook__(list),
      Iterator.__subclasshook__(type(iter([]))), Sized.__subclasshook__(dict),
      Hashable.__subclasshook__(list), Hashable.__subclasshook__(int),
      Container.__subclasshook__(str), Callable.__subclasshook__(type("K", (), {"__call__": lambda self: 0})),
      Collection.__subclasshook__(set), Reversible.__subclasshook__(Sequence),
      Generator.__subclasshook__(type((x for x in ()))), Sequence.__subclasshook__(list))


class Seq(Sequence):
    def __init__(self, *a):
        self._a = list(a)

    def __getitem__(self, i):
        return self._a[i]

    def __len__(self):
        return len(self._a)


s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.index(2, -1), s.count(2))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", repr(e))
print(isinstance(s, Sequence), isinstance(s, Iterable), isinstance(s, Sized),
      isinstance(s, Reversible), isinstance(s, Mapping), issubclass(Seq, Collection))


class MSeq(MutableSequence):
    def __init__(self):
        self._a = []

    def __getitem__(self, i):
        return self._a[i]

    def __setitem__(self, i, v):
        self._a[i] = v

    def __delitem__(self, i):
        del self._a[i]

    def __len__(self):
        return len(self._a)

    def insert(self, i, v):
        self._a.insert(i, v)

    def __repr__(self):
        return "MSeq(%r)" % self._a


m = MSeq()
m.append(1); m.extend([2, 3, 4]); m += [5]
print(m, m.pop(), m.pop(0), m)
m.reverse(); print(m)
m.remove(3); print(m)
m.extend(m); print(m)
m.clear(); print(m)


class Map(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "Map(%r)" % self._d


mp = Map(a=1, b=2)
print(mp.get("a"), mp.get("z"), mp.get("z", 0), "a" in mp, "z" in mp)
print(list(mp.keys()), list(mp.items()), list(mp.values()), len(mp.keys()))
print(mp.keys(), mp.items(), mp.values())
print(mp == {"a": 1, "b": 2}, mp == {"a": 1}, mp != {"a": 1, "b": 2}, mp == Map(b=2, a=1), mp == [1])
print(sorted(mp.keys() & {"a", "q"}), ("a", 1) in mp.items(), ("a", 2) in mp.items(), 2 in mp.values())
print(mp.keys() == {"a", "b"}, sorted(mp.keys() | {"c"}), sorted(mp.keys() - {"a"}), isinstance(mp.keys(), KeysView))
print(Mapping.__reversed__, Map.__hash__)


class MMap(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MMap()
mm.update({"x": 1}, y=2); mm.update([("z", 3)]); mm.update(Map(q=7))
print(dict(mm), mm.setdefault("x", 9), mm.setdefault("w", 4))
print(mm.pop("x"), mm.pop("nope", "dflt"), mm.popitem(), dict(mm))
try:
    mm.pop("nope")
except KeyError as e:
    print("KeyError", e)
mm.clear(); print(dict(mm))
try:
    mm.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class S(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return "S(%r)" % sorted(self._s)


a = S([1, 2, 3]); b = S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, a <= S([1, 2, 3, 4]), a < a, a == S([3, 2, 1]), a > S([1]), a >= a)
print(a <= {1, 2, 3, 4}, a == {1, 2, 3}, a & [2, 9], a - [1], [1, 5] - a, a.isdisjoint([7]), a.isdisjoint([3]))
a |= [7]; print(a)
a -= [1]; print(a)
a &= [2, 7]; print(a)
a ^= [2, 8]; print(a)
a.remove(7); print(a, a.pop(), a)
try:
    a.remove(100)
except KeyError as e:
    print("KeyError", e)
try:
    a.pop()
except KeyError as e:
    print("KeyError", repr(e))


class FS(Set):
    def __init__(self, it=()):
        self._s = frozenset(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    __hash__ = Set._hash


print(hash(FS([1, 2, 3])) == hash(frozenset([1, 2, 3])), hash(FS()) == hash(frozenset()),
      hash(FS(range(50))) == hash(frozenset(range(50))))
for abstract in (Sequence, MutableMapping, Iterator, Set, Hashable):
    try:
        abstract()
    except TypeError as e:
        print(e)


class It(Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


it = It()
print(iter(it) is it, list(it), isinstance(it, Iterable), isinstance(It(), Iterator))


class G(Generator):
    def __init__(self):
        self.i = 0

    def send(self, v):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i

    def throw(self, typ, val=None, tb=None):
        raise StopIteration


g = G()
print(next(g), list(g))
g.close()


class Stubborn(Generator):
    def send(self, v):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 2


try:
    Stubborn().close()
except RuntimeError as e:
    print("RuntimeError", e)
