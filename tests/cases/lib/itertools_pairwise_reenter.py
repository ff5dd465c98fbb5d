# pairwise() called again from inside its own source iterator (CPython 3.11.7's
# reentrancy fix): the pair is built from the item held when the step began, and an
# inner call that ends the source ends the outer one. tee objects take weak references.
import weakref
from itertools import pairwise, tee


def run(reenter_at, n):
    class I:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(it)
            return [self.count]

    it = pairwise(I())
    print(sorted(reenter_at), [next(it) for _ in range(n)])


run({1}, 2)
run({2}, 3)
run({3}, 4)
run({1, 2}, 2)
run({2, 3}, 3)


def run2(maxcount):
    class I:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]

    it = pairwise(I())
    print(maxcount, list(it))


for m in range(1, 5):
    run2(m)

a, b = tee('abc')
r = weakref.ref(a)
p = weakref.proxy(b)
print(r() is a, next(p), list(p), weakref.getweakrefcount(a))
del a
print(r())
