# list(iterable) and list.extend size the list's storage the way CPython's
# list_extend does: iter() first, then the iterable's length hint (len(), else
# __length_hint__, else 8) is preallocated, the appends grow it, and a too-large
# guess is cut back; so sys.getsizeof matches for generators, map, zip and
# user iterables, and a user __length_hint__ is called after __iter__.
import sys
g = sys.getsizeof

class X:
    def __init__(self, n, h):
        self.n, self.h = n, h
    def __iter__(self):
        print("iter")
        return iter(range(self.n))
    def __length_hint__(self):
        print("hint")
        return self.h
class L(X):
    def __len__(self):
        print("len")
        return self.h

print(g(list(X(3, 10))), g(list(L(3, 10))), g(list(L(3, 2))))
def gen(n):
    return (i for i in range(n))
for n in (0, 1, 2, 3, 5, 8, 9, 17, 40):
    a = []; a.extend(gen(n))
    b = [1]; b.extend(gen(n))
    c = [1, 2, 3]; c.extend(map(int, "1" * n))
    print(n, g(list(gen(n))), g(list(map(str, range(n)))), g(list(zip(range(n), range(n)))),
          g(a), g(b), g(c), g([*gen(n)]), g(list(range(n))), g(list(iter(list(range(n))))))
class NI:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return NotImplemented
print(g(list(NI())))
class Bad:
    def __iter__(self):
        return iter([])
    def __length_hint__(self):
        return -1
try:
    list(Bad())
except ValueError as e:
    print("ValueError", e)
# sorted() builds its list the same way (PySequence_List), and sorting keeps it.
for n in (0, 1, 3, 9):
    print(n, g(sorted(i for i in range(n))), g(sorted(map(int, "1" * n))),
          g(sorted([1] * n)), g(sorted(range(n))), g(sorted(X(n, 2))))
# A hint that would overflow the length is ignored by extend; list() tries to
# allocate it. A TypeError from __len__ leaves the answer to __length_hint__.
class Huge:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return sys.maxsize
a = [1, 2, 3, 4]
a.extend(Huge())
print(a, g(a))
try:
    list(Huge())
except MemoryError:
    print("MemoryError")
class NoLen:
    def __iter__(self):
        return iter("abc")
    def __len__(self):
        raise TypeError("no len")
    def __length_hint__(self):
        return 30
print(g(list(NoLen())))
