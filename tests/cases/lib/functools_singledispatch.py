# functools.partialmethod (plain functions, classmethod, nested, repr,
# abstractness) and singledispatch / singledispatchmethod (register by class,
# by annotation, union types, ABC-aware dispatch through the composed MRO,
# ambiguity, registry and dispatch(), error messages).
import abc
import collections.abc as cabc
import functools
from functools import partialmethod, singledispatch, singledispatchmethod


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=''):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='gone')

    @classmethod
    def make(cls, *args, **kw):
        return cls.__name__, args, kw

    make_one = partialmethod(make, 1)
    again = partialmethod(set_alive, note='twice')


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive)
print(Cell.make_one(2, k=3), c.make_one())
print(c.again(), c.alive)
print(repr(Cell.__dict__['set_dead']).split(' at ')[0])
print(Cell.__dict__['again'].args, Cell.__dict__['again'].keywords)
try:
    partialmethod(42)
except TypeError as e:
    print('TypeError', e)


class Base(abc.ABC):
    @abc.abstractmethod
    def f(self, x):
        pass
    g = partialmethod(f, 1)


print(Base.__dict__['g'].__isabstractmethod__, sorted(Base.__abstractmethods__))


@singledispatch
def describe(obj):
    return 'object'


@describe.register
def _(obj: int):
    return 'int %d' % obj


@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)


def for_str(obj):
    return 'str ' + obj


describe.register(str, for_str)


@describe.register
def _(obj: float | complex):
    return 'number'


@describe.register(cabc.Mapping)
def _(obj):
    return 'mapping'


@describe.register(cabc.Sized)
def _(obj):
    return 'sized'


class MyMap(dict):
    pass


class OnlyLen:
    def __len__(self):
        return 0


print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(2.5),
      describe(1j), describe({}), describe(MyMap()), describe(OnlyLen()),
      describe(None), describe(frozenset()))
print(describe.dispatch(bool).__name__, describe.dispatch(object) is describe.__wrapped__)
print(sorted(t.__name__ for t in describe.registry), describe.__name__)
try:
    describe()
except TypeError as e:
    print('TypeError', e)
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print('TypeError', e)
try:
    @describe.register
    def _(obj):
        pass
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])
try:
    @describe.register
    def _(obj: list[int]):
        pass
except TypeError as e:
    print('TypeError', e)


@singledispatch
def which(obj):
    return 'base'


which.register(cabc.Container, lambda obj: 'container')
which.register(cabc.Sized, lambda obj: 'sized')


class Both:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


try:
    which(Both())
except RuntimeError as e:
    print('RuntimeError', e)
print(which(1))
print([k.__name__ for k in functools._compose_mro(list, [cabc.Sized, cabc.Iterable])][:5])
print([k.__name__ for k in functools._c3_mro(bool)])


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return 'generic'

    @area.register
    def _(self, arg: int):
        return 'int on %s' % type(self).__name__

    @area.register(str)
    def _(self, arg):
        return 'str'

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return 'kind of ' + cls.__name__

    @kind.register
    @classmethod
    def _(cls, arg: int):
        return 'int kind of ' + cls.__name__


s = Shape()
print(s.area(1), s.area('x'), s.area(2.0), Shape.kind(1), Shape.kind(None))
print(Shape.area.__name__ if hasattr(Shape.area, '__name__') else '-')
