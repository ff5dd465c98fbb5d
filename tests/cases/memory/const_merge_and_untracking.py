# Equal constants of one code object are one object (CPython's merge_consts), and
# the tuples the compiler folds itself (defaults, list displays) are not held by
# the parser's arena. Builtin types are no GC objects: a tuple or dict of them is
# untracked.
import gc
import sys

t = (1000, 2000)
print(sys.getrefcount(t))


def g(a=1000, b=2000):
    return a + b


print(g.__defaults__ is t, sys.getrefcount(t))
print(sys.getrefcount(t[0]))
u = (1.5, -0.0)
v = (1.5, 0.0)
print(u is v, u[0] is v[0], u[1] is v[1])
w = (1, 2.0, 3)
x = (1.0, 2, 3)
print(w is x)

print(gc.is_tracked(int), gc.is_tracked(type), gc.is_tracked(object))
pair = (int, str)
d = {"k": float}
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(pair))
print(gc.get_referents([None, 1, True, "s"]))
print(type(g.__code__).__name__ in [type(r).__name__ for r in gc.get_referents(g)])


class K:
    pass


print(gc.is_tracked(K), gc.is_tracked((K,)))
