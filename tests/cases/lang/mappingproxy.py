# types.MappingProxyType: a read-only view delegating every operation to its mapping.
import types
import collections.abc

M = types.MappingProxyType
print(M, M.__name__, M.__qualname__, M.__module__, type(type.__dict__) is M)

m = M({'a': 1, 'b': 2})
print(m, str(m), repr(m), format(m), f"{m!r}", '%s' % (m,))
print(m['a'], m.get('a'), m.get('z'), m.get('z', 9), len(m), 'a' in m, 'z' not in m)
print(list(m), [k for k in m], list(reversed(m)), list(m.__reversed__()), dict(m))
print(m.keys(), m.values(), m.items(), type(m.keys()).__name__, type(iter(m)).__name__)
print(m.copy(), type(m.copy()).__name__, bool(m), bool(M({})))
print(m.__getitem__('b'), m.__len__(), m.__contains__('a'), m.__class__)
print(M.__len__(m), M.get(m, 'a'), M.keys(m), M.__hash__)
try:
    m['zz']
except KeyError as e:
    print(repr(e))

# Nothing writes through it.
for stmt in ["m['c'] = 3", "del m['a']", "m.update(c=3)", "m.pop('a')", "m.setdefault('c')",
             "m.clear()", "m.popitem()", "m.__setitem__", "m.__delitem__", "m.x = 1",
             "m |= {'c': 3}", "hash(m)"]:
    try:
        exec(stmt)
        print(stmt, 'ran')
    except (TypeError, AttributeError) as e:
        print(stmt, '->', type(e).__name__, e)
print(m)

# The views and the iterator are the underlying dict's: live.
u = {'a': 1}
pu = M(u)
ks, vs, its = pu.keys(), pu.values(), pu.items()
u['b'] = 2
print(ks, vs, its, len(pu), 'b' in pu, pu['b'], list(pu))
c = pu.copy()
c['z'] = 0
print(c, u, c is u)

# | unwraps proxies and answers with the mappings' |.
print(m | {'c': 3}, {'c': 3} | m, m | M({'d': 4}), m.__or__({5: 6}), m.__ror__({5: 6}))
d = {}
d |= M({'a': 1})
print(d)
for f in [lambda: m | 1, lambda: 1 | m, lambda: m.__or__(1)]:
    try:
        print(f())
    except TypeError as e:
        print(e)

# Comparisons are the mapping's.
print(m == {'a': 1, 'b': 2}, {'a': 1, 'b': 2} == m, m != m, m == M(dict(m)), m == [1], m != {})
for f in [lambda: m < m, lambda: m <= {}, lambda: [] > m, lambda: m >= 1]:
    try:
        print(f())
    except TypeError as e:
        print(e)


class Cmp:
    def __eq__(self, o):
        print('Cmp.__eq__', type(o).__name__)
        return NotImplemented

    def __lt__(self, o):
        print('Cmp.__lt__', type(o).__name__)
        return 'lt'

    def __gt__(self, o):
        print('Cmp.__gt__', type(o).__name__)
        return 'gt'


print(m == Cmp())
print(Cmp() == m)
print(m < Cmp())
print(Cmp() < m)


class Or:
    def __or__(self, o):
        return ('or', type(o).__name__)

    def __ror__(self, o):
        return ('ror', type(o).__name__)


print(m | Or(), Or() | m)

# Reprs nest, with the recursion guard of the dict.
r = {'a': 1}
r['self'] = M(r)
print(r, r['self'])
print(str(M(M({'k': 'v'}))), repr(M(M({'k': 'v'}))))

# The constructor: a mapping, by position or as `mapping`.
for f in [lambda: M(mapping={'k': 1}), lambda: M(), lambda: M(x=1), lambda: M({}, mapping={}),
          lambda: M(mapping={}, x=2), lambda: M({}, {}, {}), lambda: M(x=1, y=2),
          lambda: M('abc'), lambda: M(b'x'), lambda: M(bytearray(b'a')), lambda: M(range(3)),
          lambda: M(1), lambda: M(None), lambda: M(type), lambda: M(set()), lambda: M((1,)),
          lambda: M([]), lambda: M(M({1: 2}))]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)


class L(list):
    pass


class T(tuple):
    pass


class G:
    def __getitem__(self, k):
        return k


class Meta(type):
    def __getitem__(cls, k):
        return ('meta', k)


class K(metaclass=Meta):
    pass


class D(dict):
    def keys(self):
        return ['overridden']


for x in [L(), T(), G(), K, D(a=1)]:
    try:
        p = M(x)
        print(type(p).__name__, p['a'])
    except TypeError as e:
        print(type(e).__name__, e)

pd = M(D(a=1))
print(pd.keys(), pd.values(), pd.get('a'), pd.copy(), type(pd.copy()).__name__)
pg = M(G())
for f in [lambda: list(zip(pg, range(3))), lambda: pg.get('z'), lambda: pg.keys(),
          lambda: pg.copy(), lambda: pg == 1, lambda: pg | {}, lambda: bool(pg),
          lambda: reversed(pg), lambda: len(pg)]:
    try:
        print(repr(f()))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# Argument errors.
for f in [lambda: m.get(), lambda: m.get(1, 2, 3), lambda: m.get(key=1), lambda: m.keys(1),
          lambda: m.items(x=1), lambda: m.copy(1), lambda: m.__ior__({}),
          lambda: M.get({}, 1), lambda: M.keys()]:
    try:
        print(f())
    except TypeError as e:
        print(e)

# Not subclassable, not changeable, a registered Mapping.
try:
    class Sub(M):
        pass
except TypeError as e:
    print(e)
try:
    M.x = 1
except TypeError as e:
    print(e)
print(isinstance(m, collections.abc.Mapping), isinstance(m, collections.abc.MutableMapping),
      issubclass(M, collections.abc.Mapping), isinstance(m, dict))

# pprint lays a proxy out as the dict it views.
import pprint
big = M({i: 'x' * 10 for i in range(8)})
pprint.pprint(big)
pprint.pprint({'p': big, 'q': M({})}, width=40)
print(pprint.pformat(M({'k': [1, 2]})))
