# pickle: how module names repeat in protocol 4 pickles (classes and Python
# functions of a module share one memoized name, builtin functions another), and
# the globals of protocols 2 and 3 for builtins, exceptions, itertools and user
# classes, functions and instances.
import pickle, collections, itertools
class A: pass
class B: pass
def f(): pass
objs = [[collections.OrderedDict, collections.defaultdict, collections.deque],
        [collections.OrderedDict(a=1), collections.OrderedDict(b=2)],
        [A, B, f, A(), f, B],
        [int, str, len, print, range, type(None), abs, dict],
        [itertools.chain, itertools.count],
        [ValueError, KeyError('k'), StopIteration, OSError],
        [type(NotImplemented), NotImplemented, ..., type(...)]]
for o in objs:
    for p in (2, 3, 4, 5):
        print(p, pickle.dumps(o, p))
        print(pickle.loads(pickle.dumps(o, p)) == o or '(not equal)')
