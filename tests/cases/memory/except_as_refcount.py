# While an `except E as e:` handler runs, the exception is held by the name and by
# the handled-exception state only (CPython's STORE_FAST takes the stack's
# reference after PUSH_EXC_INFO); after the handler it dies at once.
import sys
class D:
    def __del__(self): print('D freed')
try:
    raise KeyError(1)
except KeyError as e:
    print('module', sys.getrefcount(e))
def f():
    try:
        raise ValueError(D())
    except ValueError as e:
        print('function', sys.getrefcount(e), sys.getrefcount(sys.exc_info()[1]))
        inner = e
    print('after handler', sys.getrefcount(inner))
    del inner
    print('after del inner')
f()
def g():
    e0 = KeyError(2)
    try:
        raise e0
    except KeyError as e:
        print('named before', sys.getrefcount(e))
        try:
            raise TypeError('nested')
        except TypeError as e2:
            print('nested', sys.getrefcount(e2), sys.getrefcount(e))
    print('after', sys.getrefcount(e0))
g()
def h():
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError as e:
            if i == 0:
                continue
            print('loop', sys.getrefcount(e))
            break
    try:
        try:
            raise KeyError('k')
        except KeyError as e:
            raise RuntimeError('from handler')
    except RuntimeError as r:
        print('chained', type(r.__context__).__name__, sys.getrefcount(r))
h()
def gen():
    try:
        raise KeyError('g')
    except KeyError as e:
        yield sys.getrefcount(e)
        yield sys.getrefcount(e)
print(list(gen()))
