# Checks: next() re-raises the StopIteration a user __next__ raised, with its args,
# directly and through enumerate/map/zip (CPython propagates the iterator's own
# exception); a for loop still just stops; a default swallows it; __getitem__
# iteration ignores StopIteration's argument.
class A:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


class B:
    def __getitem__(self, i):
        raise StopIteration(7)


for make in (lambda: A(), lambda: iter(B()), lambda: enumerate(A()),
             lambda: map(abs, A()), lambda: zip(A()), lambda: filter(None, A())):
    try:
        next(make())
    except StopIteration as e:
        print(type(e).__name__, e.args, e.value)
print(next(A(), 'default'), list(A()), [x for x in map(abs, A())])
for x in A():
    print('never')


class C:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        # Iterates another user iterator to its end inside __next__.
        for _ in A():
            pass
        self.n += 1
        if self.n > 2:
            raise StopIteration('done', self.n)
        return self.n


c = C()
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print(e.args)
