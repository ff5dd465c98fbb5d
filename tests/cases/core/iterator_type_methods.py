# The iterators over bytes, bytearray and memoryview have __next__/__iter__ on their
# types, and the dict views have __len__, __iter__, __contains__ (keys and items) and
# __reversed__, so the collections.abc checks that look for methods accept them;
# memoryview is a registered Sequence.
from collections.abc import Iterator, Reversible, Sequence, Sized, Container

for it in (iter(b'ab'), iter(bytearray(b'ab')), iter(memoryview(b'ab'))):
    t = type(it)
    print(t.__name__, isinstance(it, Iterator), '__next__' in t.__dict__,
          '__iter__' in t.__dict__, t.__next__(it), next(it), t.__iter__(it) is it)
    try:
        next(it)
    except StopIteration:
        print('  exhausted')

d = {'a': 1, 'b': 2, 'c': 3}
for v in (d.keys(), d.values(), d.items()):
    t = type(v)
    print(t.__name__, sorted(k for k in ('__len__', '__iter__', '__contains__', '__reversed__')
                             if k in t.__dict__))
    print('  ', isinstance(v, Reversible), isinstance(v, Sized), isinstance(v, Container),
          t.__len__(v), list(t.__iter__(v)), list(t.__reversed__(v)))
print(type(d.keys()).__contains__(d.keys(), 'b'), type(d.items()).__contains__(d.items(), ('c', 3)))
print(isinstance(memoryview(b''), Sequence), issubclass(memoryview, Sequence),
      isinstance(bytearray(), Sequence))
print(list(reversed(memoryview(b'xyz'))))
