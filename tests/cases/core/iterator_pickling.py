# Builtin iterators pickle and copy with their position: range and long range
# iterators (with __reduce__ / __setstate__ by index), enumerate, set and dict
# iterators (what is left), list/tuple/str iterators and reversed.
import copy
import pickle
import sys

print(type(iter(())).__name__, type(iter('a')).__name__, type(reversed([])).__name__,
      type(reversed((1,))).__name__, reversed.__name__)
print(type(iter(range(-1, -2**63, -2**63))).__name__, type(iter(range(5))).__name__)
it = iter(range(2**32 + 2))
print(it.__reduce__())
it.__setstate__(2**32 + 1)
print(it.__reduce__(), next(it))
it = iter(range(3, 20, 4))
next(it)
print(it.__reduce__(), list(pickle.loads(pickle.dumps(it))), list(it))
it = iter(range(2**65, 2**65 + 6, 2))
next(it)
print(it.__reduce__(), list(copy.copy(it)))
r = reversed(range(10))
next(r)
print(r.__reduce__(), list(pickle.loads(pickle.dumps(r))))
it.__setstate__(-5)
print(list(it))
e = enumerate('abc', 5)
next(e)
print(e.__reduce__()[0].__name__, e.__reduce__()[1][1], list(pickle.loads(pickle.dumps(e))))
e = enumerate(range(3), sys.maxsize)
next(e)
print(list(pickle.loads(pickle.dumps(e))))
s = iter({1, 2, 3})
next(s)
print(sorted(s.__reduce__()[1][0]), len(list(s)))
d = {'a': 1, 'b': 2, 'c': 3}
for make in (iter, lambda d: iter(d.values()), lambda d: iter(d.items())):
    i = make(d)
    next(i)
    print(i.__reduce__()[1], list(pickle.loads(pickle.dumps(i))), list(i))
for seq in ([1, 2, 3], (1, 2, 3), 'xyz'):
    i = iter(seq)
    next(i)
    j = pickle.loads(pickle.dumps(i))
    print(type(j).__name__, i.__reduce__()[1:], list(j), list(i))
rv = reversed([1, 2, 3])
next(rv)
print(rv.__reduce__()[0].__name__, list(pickle.loads(pickle.dumps(rv))))


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i
        raise IndexError


i = iter(Seq(5))
next(i)
i.__setstate__(-42)
print(list(i))
i = iter(Seq(5))
i.__setstate__(3)
print(list(i))
c = copy.deepcopy(iter([[1], [2]]))
print(list(c))
try:
    copy.copy(iter(Seq(2)).__next__)
except TypeError as e:
    print('TypeError', e)
