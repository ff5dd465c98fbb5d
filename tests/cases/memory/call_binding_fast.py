# Argument binding without the general binder (keywords, *args, **kwargs, keyword-only
# defaults bound in place): the bound values, the refcounts each binding leaves, when
# forwarded arguments die, and every binding error the fast path declines to the
# general one.
import sys

def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, z=6, d=7))
print(f(c=1, a=2, q=3))
def g(a, /, b, **kw): return (a, b, kw)
print(g(1, a=2, b=3))
def h(*a, **k): return a, k
print(h(), h(1), h(x=1), h(1, 2, y=3))
def k(a, *, b): return a, b
print(k(1, b=2))
def fwd(*a, **kw): return h(*a, **kw)
print(fwd(1, 2, c=3), fwd(), fwd(x=[1]))
k.__kwdefaults__ = {'b': 9}
print(k(1))
def kd(a, *, b=[], c=()): return b is kd.__kwdefaults__['b'], c
print(kd(0), kd(0, c=1))

bad = [
    lambda: k(1, 2), lambda: f(1, a=2, c=1), lambda: g(a=1, b=2),
    lambda: k(1, b=2, c=3), lambda: f(1), lambda: f(b=1, c=2),
    lambda: kd(), lambda: k(1, **{'b': 1, 'a': 2}),
]
for call in bad:
    try:
        call()
    except TypeError as e:
        print(e)
del k.__kwdefaults__
try:
    k(1)
except TypeError as e:
    print(e)

# Refcounts: an argument bound to a parameter, packed into *args, or stored in
# **kwargs holds exactly one more reference while the frame runs.
x = object()
def rc(*a, p=None, **kw): return sys.getrefcount(x)
def rc2(a, b=None, *, c=None): return sys.getrefcount(x)
base = sys.getrefcount(x)
print(rc(x) - base, rc(p=x) - base, rc(y=x) - base, rc(x, x, y=x, p=x) - base)
print(rc2(x) - base, rc2(1, b=x) - base, rc2(x, c=x) - base)
print(sys.getrefcount(x) - base)

# When forwarded arguments die: after the callee returns, as its frame clears.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def sink(a, *rest, last=None, **kw):
    print('in sink', a.n, [r.n for r in rest], last.n, sorted(kw))
def relay(*a, **kw):
    sink(*a, **kw)
    print('relay done')
relay(D(1), D(2), D(3), last=D(4), extra=D(5))
print('end')

# Extra positionals packed into *args beside keyword-only parameters left to their
# defaults.
def many(a, *rest, k1, k2=2, k3=3, **kw): return a, rest, k1, k2, k3, kw
print(many(1, 2, 3, 4, k1=0), many(1, 2, k1=0, k3=9, e=8))
