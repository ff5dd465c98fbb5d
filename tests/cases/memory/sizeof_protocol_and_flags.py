# sys.getsizeof's protocol (CPython's _PySys_GetSizeOf): a class's __sizeof__ must
# return an int (TypeError "an integer is required"), not negative (ValueError),
# within Py_ssize_t (OverflowError); the GC / managed-dict pre-header is added on
# top (past sys.maxsize too); `default` stands in for a TypeError only and may be
# passed by keyword. Also: frame and weakref.proxy sizes, and type.__flags__'s
# HEAPTYPE / HAVE_GC / subclass bits that test.support.check_sizeof reads.
import sys
import weakref


class A:
    def __init__(self, v):
        self.v = v

    def __sizeof__(self):
        return self.v


class Slotted:
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def __sizeof__(self):
        return self.v


class I(int):
    def __sizeof__(self):
        return int(self)


for v in [None, 4.5, '3', -1, 2 ** 63, True, 7]:
    try:
        print(repr(v), sys.getsizeof(A(v)))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
print(sys.getsizeof(Slotted(7)), sys.getsizeof(I(5)))
print(sys.getsizeof(I(sys.maxsize)) - sys.maxsize)
sentinel = ['sentinel']
print(sys.getsizeof(A(None), sentinel) is sentinel)
print(sys.getsizeof(A(1.5), default=sentinel) is sentinel)
print(sys.getsizeof(object=A(3), default=0))
try:
    sys.getsizeof(A(-1), sentinel)
except ValueError as e:
    print('ValueError', e)
for call in [lambda: sys.getsizeof(), lambda: sys.getsizeof(1, 2, 3),
             lambda: sys.getsizeof(1, x=2), lambda: sys.getsizeof(1, object=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)


def func():
    return sys._getframe()


def func2(a, b):
    x = [a, b, (a, b)]
    return sys._getframe()


print(sys.getsizeof(func()), sys.getsizeof(func2(1, 2)))


class Target:
    def __call__(self):
        return 1


t = Target()
print(sys.getsizeof(weakref.ref(t)), sys.getsizeof(weakref.proxy(t)),
      sys.getsizeof(weakref.proxy(func)))

HEAPTYPE, HAVE_GC = 1 << 9, 1 << 14


class Plain:
    pass


class L(list):
    pass


class D(int):
    pass


class S:
    __slots__ = ()


for tp in [int, bool, float, str, bytes, tuple, list, dict, set, frozenset, type,
           object, range, slice, type(None), type(len), type(iter([])),
           type(func), type(func.__code__), type(func()), ValueError, KeyError,
           Plain, L, D, S]:
    f = tp.__flags__
    # Bit 19 (Py_TPFLAGS_VALID_VERSION_TAG) follows CPython's method cache.
    print(tp.__name__, hex(f & ~(1 << 19)), bool(f & HEAPTYPE), bool(f & HAVE_GC))
