# collections.OrderedDict as CPython's C odict: a dict subclass keeping its order
# beside the dict (sizes include the fast-nodes array and the nodes), its views and
# iterator, mutation checks, pickling, `|`, subclassing, gc and refcounts.
import copy
import gc
import pickle
import sys
from collections import OrderedDict as OD

# sys.getsizeof after every history: inserts, deletes, moves, clear, copy, fromkeys.
od = OD()
sizes = [sys.getsizeof(od)]
for i in range(100):
    od[i] = i
    sizes.append(sys.getsizeof(od))
print(sizes)
for i in range(0, 100, 3):
    del od[i]
print(sys.getsizeof(od))
for i in range(1, 50, 3):
    od.move_to_end(i, last=False)
print(sys.getsizeof(od), list(od)[:6])
od.popitem(last=False)
od.popitem()
print(sys.getsizeof(od), sys.getsizeof(od.copy()))
od.clear()
print(sys.getsizeof(od))
od['a'] = 1
print(sys.getsizeof(od))
print([sys.getsizeof(OD.fromkeys(range(n))) for n in (0, 1, 5, 6, 11, 22, 50)])
print([sys.getsizeof(OD.fromkeys('abcdefghijk'[:n])) for n in (0, 1, 5, 6, 11)])
s = OD((str(i), i) for i in range(8))
for k in list(s)[:6]:
    del s[k]
print(sys.getsizeof(s))
print(sys.getsizeof(iter(s)), sys.getsizeof(s.keys()), sys.getsizeof(s.items()))


class Sub(OD):
    pass


class Slotted(OD):
    __slots__ = ('a', 'b')


print(sys.getsizeof(Sub()), sys.getsizeof(Sub(x=1)), sys.getsizeof(Slotted(x=1)))

# Repr, views, reversed, equality.
od = OD([('a', 1), ('b', 2), ('c', 3)])
print(od, repr(OD()), Sub(a=1), Sub())
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())),
      list(reversed(od.items())))
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__,
      type(iter(od)).__name__, type(reversed(od)).__name__, type(iter(od.items())).__name__)
print(type(od.keys()).__mro__)
print(od == OD([('a', 1), ('b', 2), ('c', 3)]), od == OD([('b', 2), ('a', 1), ('c', 3)]),
      od == {'c': 3, 'b': 2, 'a': 1}, {'c': 3, 'b': 2, 'a': 1} == od, od != OD(od))
print(od.keys() & {'a', 'z'}, od.items() == {('a', 1), ('b', 2), ('c', 3)})

# Order changes without touching the dict.
od.move_to_end('a')
od.move_to_end('c', last=False)
print(list(od), od.popitem(last=False), od.popitem(), od)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
try:
    OD().popitem()
except KeyError as e:
    print('KeyError', e)
print(od.pop('b'), od.pop('zz', 'dflt'), od.setdefault('n', 0), od.setdefault('n', 5), od)

# Mutation during iteration.
od = OD.fromkeys('abc')
for mutate in (lambda: od.__setitem__('new', 1), lambda: od.move_to_end('a'),
               lambda: od.pop('new')):
    try:
        for k in od:
            mutate()
    except RuntimeError as e:
        print(e)
it = iter(od)
next(it)
od['x'] = 1
del od['x']
od['y'] = 2
for _ in range(2):
    try:
        next(it)
    except (RuntimeError, StopIteration) as e:
        print(type(e).__name__, e)
it = iter(od)
next(it)
od['z'] = 3
for _ in range(2):
    try:
        next(it)
    except (RuntimeError, StopIteration) as e:
        print(type(e).__name__, e)

# `|`, `|=`, copy, pickle.
a = OD(a=1, b=2)
print(a | {'c': 3}, {'z': 0} | a, a | OD(a=9))
a |= [('q', 9)]
a |= {'r': 8}
print(a)
a.attr = 'kept'
for b in (copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a))):
    print(type(b).__name__, b, b.attr, b == a)
print(a.__reduce__()[:4])
s = Sub(x=1)
print(pickle.loads(pickle.dumps(s)), type(s.copy()).__name__, type(s | {}).__name__)
print(pickle.loads(pickle.dumps(iter(a))) and list(pickle.loads(pickle.dumps(iter(a)))))

# gc: tracked, one object; a cycle through the order is collected.
gc.collect()
gc.get_count()
c0 = gc.get_count()[0]
x = OD()
print(gc.is_tracked(x), gc.get_count()[0] - c0)
x['self'] = x
del x
print(gc.collect())

# Refcounts: a node holds its key, the dict the key and the value.
key = 'key' + str(1)
val = object()
before = sys.getrefcount(key), sys.getrefcount(val)
o = OD()
o[key] = val
print(sys.getrefcount(key) - before[0], sys.getrefcount(val) - before[1])
it = iter(o)
print(sys.getrefcount(key) - before[0])
del it
o.move_to_end(key)
print(sys.getrefcount(key) - before[0])
del o[key]
print(sys.getrefcount(key) - before[0], sys.getrefcount(val) - before[1])

# The type's own namespace: no __new__ (dict's is inherited), __hash__ None, the
# ordering slots (NotImplemented, so the error names OrderedDict), __dict__.
print(sorted(OD.__dict__), OD.__new__ is dict.__new__)
for a, b in [(OD(), OD()), (OD(), {}), ({}, Sub()), (Sub(), 1)]:
    try:
        a < b
    except TypeError as e:
        print(e)
d_sub = type('D', (dict,), {})
try:
    d_sub() >= d_sub()
except TypeError as e:
    print(e)
print(OD.__dict__['__dict__'], sys.getsizeof(Sub()), sys.getsizeof(dict.__new__(OD)))
o = OD(a=1)
o.x = 2
print(OD.__dict__['__dict__'].__get__(o), vars(o))
