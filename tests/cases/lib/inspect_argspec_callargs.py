# inspect.getfullargspec, getcallargs (with the call errors), getclosurevars,
# get_annotations, getargvalues/formatargvalues; parameter kinds copy and pickle as themselves.
import sys
import inspect, pickle, copy
def f(a, b=1, *args, c, d=2, **kw) -> int: return a
print(inspect.getfullargspec(f))
class K:
    def m(self, x): pass
print(inspect.getfullargspec(K().m), inspect.getfullargspec(K.m))
print(inspect.getcallargs(f, 1, 2, 3, c=4, e=5))
for call in [lambda: inspect.getcallargs(f), lambda: inspect.getcallargs(f, 1), lambda: inspect.getcallargs(K().m, 1, 2), lambda: inspect.getcallargs(f, 1, a=2, c=1)]:
    try: call()
    except TypeError as e: print(e)
print(sorted(inspect.getcallargs(K().m, 5)))
y = 3
def outer():
    z = 1
    def inner(): return z + y + len(q)
    return inner
print(inspect.getclosurevars(outer()))
class A:
    x: 'int'
print(inspect.get_annotations(A), inspect.get_annotations(A, eval_str=True), inspect.get_annotations(f))
k = inspect.Parameter.POSITIONAL_ONLY
print(pickle.loads(pickle.dumps(k)) is k, copy.deepcopy(k) is k, inspect._ParameterKind(3))
sig = inspect.signature(f)
print(pickle.loads(pickle.dumps(sig)) == sig)
def g(a, *b, **c):
    return inspect.getargvalues(sys._getframe())
ai = g(1, 2, x=3)
print(ai.args, ai.varargs, ai.keywords, inspect.formatargvalues(*ai))
