# Checks: list subscription resolves the key (an __index__ method, slice bounds) before
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
