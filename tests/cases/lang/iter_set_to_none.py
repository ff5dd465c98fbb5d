# `__iter__ = None` in a class declares its instances not iterable, even when the
# class has `__getitem__` (CPython's slot_tp_iter); a subclass may define it again.


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


for make in (lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [*NoIter()]):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)


class Again(NoIter):
    def __iter__(self):
        return iter('ab')


print(list(Again()))


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


print(list(Seq()))
