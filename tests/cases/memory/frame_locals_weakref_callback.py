# A function's locals are let go of first to last when it returns (CPython's
# frame clear): an object dies while a weak reference to it, stored in a later
# local, is still alive, so the reference's callback runs.
import weakref


class F:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print('del', self.t)


def target_first():
    a, b = F('a'), F('b')
    w = weakref.ref(a, lambda r: print('callback a, ref dead:', r() is None))
    print('return')


target_first()


def ref_first():
    w = None
    a = F('a2')
    w = weakref.ref(a, lambda r: print('callback a2'))
    print('return (the reference is freed first, no callback)')


def ref_first_really():
    a = F('a3')
    holder = [weakref.ref(a, lambda r: print('callback a3'))]
    del a
    print('after del')


ref_first()
ref_first_really()


class Keep:
    pass


def through_instance():
    k = Keep()
    o = F('o')
    k.w = weakref.ref(o, lambda r: print('callback o'))
    print('return')


through_instance()

# `l *= 0` is `list.clear()`: items freed from the last.
L = [F('m1'), F('m2'), F('m3')]
L *= 0
print('after *= 0', L)
L = [F('n1'), F('n2')]
L *= 1
print('after *= 1', len(L))
L *= 2
print('after *= 2', len(L))
del L
print('end')
