# collections.abc: isinstance over builtins, subclass hooks, Set/MutableSet/Mapping/MutableMapping/Sequence/MutableSequence mixins, Generator throw/close defaults, views.
from collections import abc
import collections.abc as cabc
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
print(sorted(abc.__all__))
for name in ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container', 'Collection', 'Callable', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence', 'ByteString']:
    A = getattr(abc, name)
    print(name, [isinstance(x, A) for x in [1, 'ab', [1], (1,), {1}, frozenset(), {1: 2}, range(3), b'x', bytearray(), iter([]), (i for i in [])]], sorted(A.__abstractmethods__))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class H:
    __hash__ = None
print(isinstance(It(), abc.Iterator), issubclass(It, abc.Iterable), isinstance(H(), abc.Hashable), issubclass(int, abc.Hashable))
class MySet(abc.Set):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return 'MySet(%r)' % self.d
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, a < MySet([1,2,3,4]), a == MySet([3,2,1]), a >= MySet([1]), a > a, a.isdisjoint([9]), a.isdisjoint([1]))
print(a & [2, 9], [1, 5] - a if False else a - [1], {1, 2} <= a, MySet._hash(a) == MySet._hash(MySet([3, 2, 1])), MySet([1,2])._hash())
t(lambda: a < 5); t(lambda: a & 5); print(a.__eq__(5))
class MS(abc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, v): self.s.add(v)
    def discard(self, v): self.s.discard(v)
m = MS([1, 2, 3]); m |= [4]; m &= [1, 2, 4, 7]; m ^= [1, 9]; m -= [2]; print(sorted(m.s)); t(m.remove, 100); print(m.pop(), sorted(m.s)); m.clear(); t(m.pop)
m = MS([1]); m ^= m; print(sorted(m.s)); m = MS([1]); m -= m; print(sorted(m.s))
class MM(abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm.update({'a': 1}, b=2); mm.update([('c', 3)]); print(mm.d, mm.get('z', 0), 'a' in mm, mm.setdefault('e', 5), mm.pop('a'), mm.pop('zz', None)); t(mm.pop, 'q')
print(list(mm.keys()), list(mm.items()), list(mm.values()), type(mm.keys()).__name__, mm == {'b': 2, 'c': 3, 'e': 5}, mm.popitem(), ('b', 2) in mm.items(), 2 in mm.values())
print(mm.keys() & {"b"}, sorted(mm.items() | {("a", 0)})); mm.clear(); t(mm.popitem); print(len(mm.keys()), mm != {})
class Sq(abc.Sequence):
    def __init__(self, *v): self.v = v
    def __getitem__(self, i): return self.v[i]
    def __len__(self): return len(self.v)
s = Sq(1, 2, 3, 2); print(list(s), list(reversed(s)), 2 in s, s.index(2), s.index(2, 2), s.index(2, -2), s.count(2)); t(s.index, 9); t(s.index, 2, 0, 1); t(s.index, 3, -100, -1)
class MSq(abc.MutableSequence):
    def __init__(self): self.v = []
    def __getitem__(self, i): return self.v[i]
    def __setitem__(self, i, x): self.v[i] = x
    def __delitem__(self, i): del self.v[i]
    def __len__(self): return len(self.v)
    def insert(self, i, x): self.v.insert(i, x)
q = MSq(); q.append(1); q.extend([2, 3, 4]); q.extend(q); q += [5]; print(q.v); q.reverse(); print(q.v, q.pop(), q.pop(0)); q.remove(3); print(q.v); q.clear(); print(q.v); t(q.pop)
t(abc.Sequence); t(MSq().__class__.__mro__.__len__)
print(abc.Iterable[int], abc.Callable[[int], str], abc.Mapping[str, int] if hasattr(abc.Mapping, '__class_getitem__') else None)
def gen(): yield 1
g = gen(); print(isinstance(g, abc.Generator), abc.Generator.close.__doc__ is not None)
class G(abc.Generator):
    def send(self, v): raise StopIteration
    def throw(self, typ, val=None, tb=None): return super().throw(typ, val, tb)
t(G().throw, ValueError); t(G().throw, ValueError, ValueError('x')); print(G().close()); t(next, G())
class G2(abc.Generator):
    def send(self, v): return 1
    def throw(self, *a): return 1
t(G2().close)
print(abc.KeysView({1: 2}), abc.ItemsView({1: 2}), abc.ValuesView({1: 2}), len(abc.KeysView({1: 2})))
print(isinstance({}.keys(), abc.KeysView), isinstance({}.items(), abc.Set), isinstance(type.__dict__, abc.Mapping))
