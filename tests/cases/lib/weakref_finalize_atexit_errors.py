# At exit the live finalizers run newest first; one that raises is reported through
# sys.excepthook and the others still run, including one created meanwhile.
import sys
import weakref

def hook(t, v, tb):
    print('excepthook:', t.__name__, v)
sys.excepthook = hook

class Anchor:
    pass
anchor = Anchor()

def error():
    weakref.finalize(Anchor, print, 'g1')
    print('f3 error')
    1/0

f1 = weakref.finalize(anchor, print, 'f1', 'foobar')
f2 = weakref.finalize(anchor, print, 'f2', 'foobar')
f3 = weakref.finalize(anchor, error)
f4 = weakref.finalize(anchor, print, 'f4', 'foobar')
f2.atexit = False
print(f1.atexit, f3.atexit, f4.atexit)
