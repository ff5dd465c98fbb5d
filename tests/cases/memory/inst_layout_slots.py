# Slot values share the instance's value array with its inline attributes (slots
# first): sizes, gc referents, deletion, class-level slot descriptors, finalizer
# order when the instance dies (slots before attributes, attributes in key order),
# and __dict__ beside slots.
import gc, sys

class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
    def __repr__(self):
        return 'N(%s)' % self.n

class S:
    __slots__ = ('a', 'b')

s = S()
print(sys.getsizeof(s), gc.get_referents(s)[-1] is S)
s.a = 1
s.b = [2]
print(gc.get_referents(s))
del s.a
print(hasattr(s, 'a'), s.b)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)

class D(S):
    __slots__ = ('c', '__dict__')

d = D()
print(sys.getsizeof(d))
d.y = Noisy('y')
d.x = Noisy('x')
d.c = Noisy('c')
d2 = D()
d2.x = 1
d.y = Noisy('y2')
print(gc.get_referents(d)[:3], vars(d))
del d
print('--')
d = D()
d.b = 'b'
d.x = 'x'
dd = d.__dict__
d.c = 'c'
d.z = 'z'
print(vars(d), d.b, d.c, gc.get_referents(d))
print(S.b.__get__(d), D.c.__get__(d))

class E(D):
    pass
e = E()
e.c = 1
e.w = 2
e.a = 3
print(vars(e), e.a, e.c, [r for r in gc.get_referents(e) if not isinstance(r, type)])
