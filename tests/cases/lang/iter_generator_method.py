# Classes whose __iter__ is a generator function: iter(), for, yield from, list(),
# unpacking; counts inside, errors, recursion, descriptors that are not plain.
import sys

class Bag:
    def __init__(self, *items): self.items = list(items)
    def __iter__(self):
        print("iter", sys.getrefcount(self))
        for x in self.items:
            yield x

b = Bag(1, 2, 3)
print(list(b), sum(b), [x * 2 for x in b], *b)
it = iter(b)
print(type(it).__name__, it.__qualname__, sys.getrefcount(b))
print(next(it), list(it))
def deleg():
    yield from Bag("a", "b")
    yield from b
print(list(deleg()))
x, y, z = b
print(x, y, z)

class Cells:
    def __init__(self, n): self.n = n
    def __iter__(self):
        def inner():
            return self.n
        yield inner()
        yield self.n + 1
print(list(Cells(5)))

class Defaults:
    def __iter__(self, start=10):
        yield start
print(list(Defaults()))

class Raises:
    def __iter__(self):
        raise ValueError("no iteration")
        yield
try:
    for _ in Raises():
        pass
except ValueError as e:
    print("caught", e)

class NotGen:
    def __iter__(self):
        return 5
try:
    iter(NotGen())
except TypeError as e:
    print("TypeError", e)

class Deep:
    def __init__(self, d): self.d = d
    def __iter__(self):
        if self.d:
            yield from Deep(self.d - 1)
        yield self.d
print(sum(Deep(50)))
try:
    sum(Deep(5000))
except RecursionError as e:
    print("RecursionError", e)

class Meta(type):
    def __iter__(cls):
        yield cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(list(WithMeta))
