# The iterator over an object that has only __getitem__ is CPython's `iterator`
# type: its repr, its __reduce__ (iter(()) once exhausted), __setstate__, pickling.
import pickle

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)

it = iter(Seq())
t = type(it)
print(t, t.__name__, t.__module__, t.__qualname__)
print(repr(it).split(' object at ')[0])
print(sorted(k for k in t.__dict__ if k in ('__iter__', '__next__', '__reduce__', '__setstate__')))
print(t.__basicsize__, hex(t.__flags__))
print(next(it), it.__reduce__()[0] is iter, it.__reduce__()[2])
it.__setstate__(2)
print(list(it), it.__reduce__())
it2 = pickle.loads(pickle.dumps(iter(Seq())))
print(type(it2).__name__)
try:
    t()
except TypeError as e:
    print('TypeError:', e)
try:
    class Sub(t):
        pass
except TypeError as e:
    print('TypeError:', e)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__)

class L(list):
    pass
print(type(iter(L([1]))).__name__)

# Its __length_hint__ asks the object's __len__ (NotImplemented without one).
class Sized:
    def __init__(self):
        self.items = [1, 2, 3]
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
it = iter(Sized())
print(it.__length_hint__(), next(it), it.__length_hint__())
print(iter(Seq()).__length_hint__())
import operator
print(operator.length_hint(iter(Seq()), 7), operator.length_hint(iter(Sized())))
