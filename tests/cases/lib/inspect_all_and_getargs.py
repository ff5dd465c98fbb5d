# inspect.__all__ names what the module exports (each name exists and is public);
# getargs, getlineno, formatannotationrelativeto and TPFLAGS_IS_ABSTRACT.
import inspect
import sys
import typing

for name in ('signature', 'getattr_static', 'Parameter', 'getargs', 'getlineno',
             'TPFLAGS_IS_ABSTRACT', 'Arguments', 'formatannotationrelativeto'):
    print(name, name in inspect.__all__)
print(all(hasattr(inspect, n) and not n.startswith('_') for n in inspect.__all__))
print(len(inspect.__all__) == len(set(inspect.__all__)))


def f(a, b=1, *c, d, **e):
    x = 1
    return x


def g(p, /, q):
    pass


print(inspect.getargs(f.__code__), inspect.getargs(g.__code__))
print(inspect.getargs(f.__code__).varkw, inspect.Arguments._fields)
try:
    inspect.getargs(1)
except TypeError as e:
    print("TypeError", e)
frame = sys._getframe()
print(inspect.getlineno(frame), inspect.getargvalues(frame).args)
print(inspect.TPFLAGS_IS_ABSTRACT)


class Rel:
    pass


fmt = inspect.formatannotationrelativeto(Rel)
print(fmt(Rel), fmt(int), fmt(inspect.Parameter), fmt(typing.List[int]), fmt('text'))
