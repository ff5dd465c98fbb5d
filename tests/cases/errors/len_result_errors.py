# len() of an object whose __len__ returns something other than a small non-negative
# int: __index__ is used, negative results are a ValueError, ones past sys.maxsize
# an OverflowError, non-integers a TypeError; an int subclass counts as its value.
import sys


def attempt(v):
    class C:
        def __len__(self):
            return v

    try:
        print(len(C()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class N:
    def __index__(self):
        return 4


class MyInt(int):
    pass


for v in [3, True, N(), MyInt(5), -1, -sys.maxsize - 10, sys.maxsize + 1, 4.5, None, "3"]:
    attempt(v)


class Z(int):
    def __hash__(self):
        return self


print(hash(Z(42)) == hash(42))
