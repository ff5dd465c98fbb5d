# Subclasses of deque: repr names the subclass, copy/+/* make the subclass,
# __reduce__ gives the instance dict, copy and pickle round-trip, weakrefs, ABCs.
import collections.abc
import copy
import pickle
import weakref
from collections import deque


class D(deque):
    pass


x = D([1, 2])
x.a = 1
print(x, x.__reduce__()[:3], D([1]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])
print(type(x + deque([3])), x * 2, type(x.copy()), D([1], 2) + deque([4, 5, 6]))
x.append(x)
print(x)
print(copy.copy(deque([1, [2]], 5)), copy.deepcopy(deque([[1], [2]])))
print(pickle.loads(pickle.dumps(deque([1, 2], 7))))


class E(D):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.z = 5

    def append(self, v):
        super().append(v * 10)


e = E([1, 2], 4)
e.append(3)
c = copy.copy(e)
p = pickle.loads(pickle.dumps(e))
print(e, c, p, p.z, e.maxlen, len(e), e[0], list(reversed(e)), 20 in e)
print(isinstance(e, deque), issubclass(E, deque), E.__mro__)
print(isinstance(deque(), collections.abc.MutableSequence), deque[int])
r = weakref.ref(deque())
print(r() is None)
try:
    hash(D())
except TypeError as ex:
    print(ex)
