# A function the cycle collector clears (tp_clear) and that a finalizer then
# reaches through a weak reference made during finalization keeps its code object
# and is left with an empty name and qualname, as CPython's func_clear leaves it
# (gh-91636's scenario: the repr still works).
import gc
import weakref


class LateFin:
    __slots__ = ('ref',)

    def __del__(self):
        global func
        func = self.ref()


class Cyclic(tuple):
    __slots__ = ()

    def __del__(self):
        self[1].ref = weakref.ref(self[0])
        global latefin
        del latefin


latefin = LateFin()


def func():
    pass


cyc = tuple.__new__(Cyclic, (func, latefin))
func.__module__ = cyc
del func, cyc
gc.collect()
print(repr(func.__name__), repr(func.__qualname__), func.__code__.co_name)
print(repr(func).split(' at ')[0])
