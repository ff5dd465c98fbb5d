# type(name, bases, ns) and type.__new__ hand the class over to a base's more
# derived metaclass when it has its own __new__ (ABCMeta computes the abstract
# methods there).
from abc import ABC, abstractmethod
from collections.abc import Sized


class Base(ABC):
    @abstractmethod
    def run(self): ...


C = type('C', (Base,), {'run': lambda self: 'ran'})
print(type(C).__name__, sorted(C.__abstractmethods__), C().run())
S = type('S', (Sized,), {'__len__': lambda self: 3})
print(len(S()))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, kw)
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta):
    pass


B = type('B', (A,), {})
print(type(B).__name__)
D = type.__new__(type, 'D', (A,), {})
print(type(D).__name__)

# Comparisons that a subclass declines fall to the builtin container's own.


class D2(dict):
    def __eq__(self, other):
        return NotImplemented


class L2(list):
    def __lt__(self, other):
        return NotImplemented


print(D2(a=1) == {'a': 1}, {'a': 1} != D2(a=1), D2(a=1) == D2(a=1))
print(L2([1]) < [2], [0] < L2([1]))
