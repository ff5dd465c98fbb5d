import inspect
import abc
import functools


def f(a, b=2):
    """Add things.

        Indented line.
    """
    return a + b


def gen():
    yield 1


class Base(abc.ABC):
    """Base doc."""

    @abc.abstractmethod
    def run(self):
        pass


class C(Base):
    x = 1

    def run(self):
        return 'ran'

    @property
    def p(self):
        return 2


print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(C), inspect.isclass(C()))
print(inspect.ismethod(C().run), inspect.ismethod(C.run), inspect.ismodule(inspect), inspect.isroutine(f), inspect.isroutine(len))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.isgenerator(gen()), inspect.isgenerator(f))
print(inspect.isabstract(Base), inspect.isabstract(C), inspect.getmro(C)[:2])
print(inspect.getdoc(f))
print(repr(inspect.cleandoc('  first\n    second\n      third\n')))
print(inspect.getdoc(C), inspect.getdoc(C.run))
print([name for name, _ in inspect.getmembers(C) if not name.startswith('_')])
print([name for name, _ in inspect.getmembers(C(), inspect.ismethod) if not name.startswith('_')])
print(inspect.getmodule(f).__name__, inspect.getmodule(C).__name__, inspect.getmodulename('/a/b/mod.py'))


@functools.wraps(f)
def wrapper(*a):
    return f(*a)


print(inspect.unwrap(wrapper) is f, inspect.getattr_static(C, 'x'), inspect.getattr_static(C(), 'nope', 'dflt'))
try:
    inspect.getattr_static(C(), 'nope')
except AttributeError as e:
    print('AttributeError', e)
