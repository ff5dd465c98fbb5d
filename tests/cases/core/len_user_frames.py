# len() of an instance whose class defines __len__ in Python: the method's result
# is checked and converted as CPython's slot_sq_length does, a new int is made, and
# the argument is let go of afterwards (a temporary's __del__ runs after __len__
# returned). Errors raised in __len__ show it in the traceback.
import sys
import traceback


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Idx:
    def __index__(self):
        return 7


class Temp:
    def __len__(self):
        print("  __len__ of", id(self) == id(self))
        return 3

    def __del__(self):
        print("  Temp dies")


class Boom:
    def __len__(self):
        raise KeyError("inner")


class Sub(Sized):
    pass


total = 0
for i in range(300):
    total += len(Sized(i))
print(total)
print(len(Sized(10**6)), len(Sized(True)), len(Sized(Idx())), len(Sub(4)))
big = Sized(1000)
r = len(big)
print(r, r is big.n, sys.getrefcount(big))
print("before", len(Temp()), "after")
for bad in (-1, 2.5, "x", 2**63, -(2**70), None):
    try:
        print(len(Sized(bad)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    len(Boom())
except KeyError:
    traceback.print_exc(file=sys.stdout)


def depth(n):
    if n == 0:
        return len(Sized(5))
    return depth(n - 1)


class Deep:
    def __len__(self):
        return depth(5)


print(len(Deep()))


class Recur:
    def __len__(self):
        return len(self)


try:
    len(Recur())
except RecursionError as e:
    print("RecursionError", e)
