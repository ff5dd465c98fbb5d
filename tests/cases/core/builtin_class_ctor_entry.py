# Builtin classes called with positional arguments go to their own constructor entry
# (ClassObj::native_new); keyword calls, subclasses and the errors of each still behave
# as CPython's: results, error messages, refcounts around super().
import sys, gc

def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, repr(r) if not hasattr(r, '__next__') else list(r))
    except Exception as e:
        print(type(e).__name__, e)

for cls, args in [
    (int, ()), (int, ('12',)), (int, ('ff', 16)), (int, (1, 2, 3)),
    (bool, ()), (bool, ([],)), (bool, (1, 2)),
    (float, ()), (float, ('1.5',)), (float, ('x',)),
    (str, ()), (str, (5,)), (str, (b'ab', 'ascii')),
    (list, ()), (list, ((1, 2),)), (list, (1, 2)), (list, (3,)),
    (tuple, ([1],)), (tuple, (1, 2)),
    (dict, ()), (dict, ([(1, 2)],)), (dict, (1, 2)),
    (set, ((3, 1, 3),)), (frozenset, ([1, 1],)), (set, (1, 2)),
    (range, ()), (range, (3,)), (range, (1, 9, 3)), (range, ('a',)),
    (slice, (1,)), (slice, (1, 2, 3)), (slice, ()),
    (enumerate, ('ab',)), (enumerate, ('ab', 5)), (enumerate, ()),
    (zip, ('ab', 'cd')), (zip, ()), (map, (abs, [-1, 2])), (map, (abs,)),
    (filter, (None, [0, 1, 2])), (filter, ()),
    (reversed, ([1, 2, 3],)), (reversed, ()),
    (object, (1,)),
    (type, (1,)), (type, ()),
]:
    show(cls, *args)

# Keyword arguments go through the general constructor.
print(int('11', base=2), dict(a=1), sorted(set()), list(enumerate('x', start=3)))
try:
    list(x=1)
except TypeError as e:
    print(e)

# Subclasses of builtin classes are not given the entry.
class L(list):
    pass
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(type(L((1,))).__name__, L((1,)), I(4), type(I(4)).__name__)

p = property(lambda self: 7)
sm, cm = staticmethod(len), classmethod(len)
print(type(p).__name__, type(sm).__name__, type(cm).__name__)

# super() made per call: the object is allocated and freed, as CPython's.
class A:
    def m(self):
        return 1
class B(A):
    def m(self):
        return super().m() + 1
    def s(self):
        return super()
b = B()
before = sys.getrefcount(b)
print(b.m(), sys.getrefcount(b) - before)
s = b.s()
print(type(s).__name__, s.m(), sys.getrefcount(b) - before)
del s
print(sys.getrefcount(b) - before)
print(type(object()).__name__)
