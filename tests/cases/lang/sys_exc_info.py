# sys.exc_info() and sys.exception() follow the exception being handled.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[:2], repr(sys.exception()))
    print(sys.exc_info()[:2])
    try:
        pass
    finally:
        print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())


def gen():
    try:
        yield 1
        raise TypeError("in gen")
    except TypeError:
        yield repr(sys.exception())


print(list(gen()))
try:
    1 / 0
except ZeroDivisionError:
    print([repr(x) for x in sys.exc_info()[:2]])
