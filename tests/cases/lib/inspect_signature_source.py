# inspect.signature (functions, classes, callables, partial, wrapped, builtins),
# Parameter kinds, BoundArguments, and getsource/getsourcelines of this file.
import inspect, functools

def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    "doc"
    return 1

class A: pass
class B:
    """A class."""
    def __init__(self, x, y=1): pass

    def m(self, z, *, w=None):
        # comment inside
        return z


class C:
    def __call__(self, q, *, r): pass

def g(a, b, c=3): pass

@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)

def h(x: int, y: 'str' = 'a', *, z: list = None) -> dict: pass
lam = lambda x, *a: 0

for obj in [f, A, B, C(), functools.partial(g, 1, c=4), g, lam, wrapper, h, B(1).m, B.m, len, print, sorted, divmod]:
    print(inspect.signature(obj))
sig = inspect.signature(f)
print(repr(sig))
print(sig.parameters)
for name, p in sig.parameters.items():
    print(name, p.kind, repr(p.kind), p.kind.description, p.default, p.annotation is p.empty, repr(p))
print(sig.return_annotation, sig.return_annotation is int)
p = inspect.signature(g).parameters['c']
print(p, p.kind == inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.empty)
ba = inspect.signature(g).bind(1, 2)
print(ba, ba.arguments, ba.args, ba.kwargs); ba.apply_defaults(); print(ba)
print(inspect.signature(f).bind(1, 2, 3, 4, d=5, z=6))
for args, kw in [((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {'d': 3}), ((1,), {'a': 2})]:
    try:
        inspect.signature(g).bind(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    inspect.signature(1)
except TypeError as e:
    print('TypeError:', e)
print(inspect.signature(g).replace(return_annotation=int))
print(inspect.Signature([inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=1)]))
try:
    inspect.Signature([inspect.Parameter('x', 1, default=1), inspect.Parameter('y', 1)])
except ValueError as e:
    print('ValueError:', e)
print(inspect.getsource(f), end='')
print(inspect.getsource(B.m), end='')
print(inspect.getsource(B), end='')
print(inspect.getsource(wrapper), end='')
print(inspect.getsource(lam), end='')
lines, n = inspect.getsourcelines(g)
print(n, lines)
print(inspect.getsourcefile(f) == __file__, inspect.getfile(f) == __file__)
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError:', e)
