# Builtin functions, bound builtin methods and the descriptors of builtin types are
# collected objects in CPython (gc-tracked and counted); builtin types are not. A
# running frame's frame object is untracked until its frame ends.
import gc
import sys


def f():
    pass


for o in [len, print, min, [].append, "".join, {}.get, str.join, int.__add__, (1).__add__,
          type.__dict__["__new__"], type.__dict__["__prepare__"],
          object.__dict__["__init_subclass__"], int.__dict__["real"],
          type.__dict__["__dict__"], BaseException.__dict__["args"], int, type, object]:
    print(type(o).__name__, gc.is_tracked(o))

gc.disable()
l = []
n = gc.get_count()[0]
m = l.append
print("bound method", gc.get_count()[0] - n)
n = gc.get_count()[0]
w = (1).__add__
print("method-wrapper", gc.get_count()[0] - n)
n = gc.get_count()[0]
del m, w
print("freed", gc.get_count()[0] - n)
gc.enable()

print(gc.is_tracked(sys._getframe()))


def frame():
    fr = sys._getframe()
    print(gc.is_tracked(fr))
    return fr


print(gc.is_tracked(frame()))
try:
    1 / 0
except ZeroDivisionError as e:
    print(gc.is_tracked(e.__traceback__.tb_frame), gc.is_tracked(e.__traceback__))
