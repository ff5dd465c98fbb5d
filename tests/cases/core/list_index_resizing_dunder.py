# Checks: list and bytearray subscription resolves the key (an __index__ method, slice bounds) before
# reading the list's length, so an __index__ that resizes the list is seen as CPython
# sees it; key errors use CPython's messages for get, set and del.
l = []


class Shrink:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        del l[1:]
        return self.n


def reset():
    l[:] = [10, 20, 30, 40]


for action in ('get', 'set', 'del'):
    for key in (Shrink(0), Shrink(2), slice(Shrink(0), 3), slice(0, Shrink(3)),
                slice(3, Shrink(0), -1), slice(0, 4, Shrink(2))):
        reset()
        try:
            if action == 'get':
                print(action, l[key], l)
            elif action == 'set':
                if isinstance(key, slice):
                    l[key] = []
                else:
                    l[key] = 99
                print(action, l)
            else:
                del l[key]
                print(action, l)
        except (IndexError, ValueError) as e:
            print(action, type(e).__name__, e, l)


class Big:
    def __index__(self):
        return 2 ** 100


m = [1]
for key in ('x', 2 ** 100, Big(), 1.5):
    for f in (lambda: m[key], lambda: m.__setitem__(key, 1), lambda: m.__delitem__(key)):
        try:
            f()
        except (TypeError, IndexError) as e:
            print(type(e).__name__, e)


# The same for a bytearray (deletion, and an index made out of range; CPython's own
# item and extended-slice assignment use a length or buffer read before __index__).
ba = bytearray()


class ShrinkBA:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        del ba[1:]
        return self.n


for action, keys in (('set', (ShrinkBA(2), slice(ShrinkBA(0), 3))),
                     ('del', (ShrinkBA(0), ShrinkBA(2), slice(ShrinkBA(0), 3),
                              slice(3, ShrinkBA(0), -1), slice(0, 4, ShrinkBA(2))))):
    for key in keys:
        ba[:] = b'abcd'
        try:
            if action == 'set':
                if isinstance(key, slice):
                    ba[key] = b''
                else:
                    ba[key] = 120
            else:
                del ba[key]
            print(action, ba)
        except (IndexError, ValueError) as e:
            print(action, type(e).__name__, e, ba)
for key in ('x', 2 ** 100, Big()):
    for f in (lambda: ba.__setitem__(key, 1), lambda: ba.__delitem__(key)):
        try:
            f()
        except (TypeError, IndexError) as e:
            print(type(e).__name__, e)
