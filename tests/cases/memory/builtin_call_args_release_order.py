# A builtin call releases its arguments first to last (CPython 3.11 CALL for
# builtins): the losers of max()/min() die in argument order.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
    def __lt__(self, o): return self.n < o.n
    def __gt__(self, o): return self.n > o.n
    def __repr__(self): return 'D(%d)' % self.n
print(max(D(1), D(9), D(4)))
print(min(D(1), D(9), D(4)))
print(len([D(5)]), isinstance(D(6), D))
print(repr(D(7)), abs(-1), divmod(7, 2))
def f(a, b, c): return a.n + b.n + c.n
print(f(D(1), D(2), D(3)))
print([].__class__(x for x in [D(8)]))
