# __length_hint__ of the builtin iterators over sized containers, and
# operator.length_hint over them and over objects with __len__/__length_hint__.
import operator

def hints(it, n=None):
    out = [it.__length_hint__()]
    for _ in range(n if n is not None else 2):
        try:
            next(it)
        except StopIteration:
            break
        out.append(it.__length_hint__())
    return out

print(hints(iter([1, 2, 3])))
print(hints(iter((1, 2)), 5))
print(hints(iter('héllo')))
print(hints(iter(b'ab'), 3))
print(hints(iter(bytearray(b'xyz'))))
print(hints(iter(range(10))), hints(iter(range(10, 0, -3)), 5), hints(iter(range(5, 5))))
print(hints(iter(range(2**70, 2**70 + 5))))
d = {'a': 1, 'b': 2, 'c': 3}
print(hints(iter(d)), hints(iter(d.values())), hints(iter(d.items())))
print(iter({}.keys()).__length_hint__())
it = iter(d)
next(it)
d['z'] = 0
print(it.__length_hint__())
s = {1, 2, 3, 4}
print(hints(iter(s)), hints(iter(frozenset('ab')), 3))
it = iter(s)
s.add(9)
print(it.__length_hint__())
print(hints(reversed([1, 2, 3]), 4))
lst = [1, 2, 3]
it = iter(lst)
lst.append(4)
print(it.__length_hint__())
lst.clear()
print(it.__length_hint__())
print(operator.length_hint(iter([1, 2])), operator.length_hint([1, 2, 3]))
print(operator.length_hint(iter(range(4))), operator.length_hint(map(str, [1]), 7))
print(operator.length_hint(iter({1: 2}.items())))
print(hasattr(iter(zip()), '__length_hint__'), hasattr(enumerate([]), '__length_hint__'))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
print(list(iter(Seq())))
# A reversed list iterator past a shrunk list's end stays exhausted.
d = list(range(10))
it = reversed(d)
next(it); next(it)
d.append(10)
print(it.__length_hint__())
d[1:] = []
print(it.__length_hint__(), list(it))
d.extend(range(20))
print(it.__length_hint__(), list(it))
