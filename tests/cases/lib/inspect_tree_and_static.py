# inspect.getclasstree, getmembers_static, isgetsetdescriptor/ismemberdescriptor,
# getabsfile, and getfile/getsourcefile of a frame or traceback.
import inspect
import os
import sys


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


def show(tree, depth=0):
    for item in tree:
        if isinstance(item, list):
            show(item, depth + 1)
        else:
            cls, bases = item
            print('  ' * depth + cls.__name__, [b.__name__ for b in bases])


show(inspect.getclasstree([A, B, C, D]))
show(inspect.getclasstree([A, B, C, D], unique=True))


class S:
    __slots__ = ('x',)

    @property
    def p(self):
        raise RuntimeError('not run')


members = dict(inspect.getmembers_static(S()))
print(type(members['p']).__name__, type(members['x']).__name__, 'p' in members)
print(inspect.ismemberdescriptor(S.x), inspect.isgetsetdescriptor(S.x),
      inspect.isgetsetdescriptor(type.__dict__['__name__']),
      inspect.ismemberdescriptor(type.__dict__['__name__']))
print(os.path.basename(inspect.getabsfile(show)), os.path.isabs(inspect.getabsfile(show)))
frame = sys._getframe()
print(os.path.basename(inspect.getfile(frame)), os.path.basename(inspect.getsourcefile(frame)))
try:
    1 / 0
except ZeroDivisionError as e:
    print(os.path.basename(inspect.getfile(e.__traceback__)))
