# array iterators pickle and copy like the other sequence iterators:
# (iter, (array,), index), __setstate__ clamps, an exhausted one reduces to
# (iter, ((),)).
import array
import copy
import pickle

a = array.array('i', [1, 2, 3])
it = iter(a)
print([n for n in ('__iter__', '__next__', '__reduce__', '__setstate__') if n in dir(it)])
print(it.__reduce__())
next(it)
print(it.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it2 = pickle.loads(pickle.dumps(it, proto))
    print(proto, type(it2).__name__, list(it2))
it3 = copy.copy(it)
print(list(it3), list(it))
it.__setstate__(-5)
print(list(it))
it = iter(a)
it.__setstate__(99)
print(list(it), it.__reduce__())
print(pickle.loads(pickle.dumps(iter(array.array('b')))).__reduce__())
