# A weak proxy forwards __class__ to its referent (so isinstance() sees the
# referent's class) while type() still shows the proxy type; once the referent is gone
# __class__ raises ReferenceError.
import weakref
from itertools import tee


class C:
    pass


c = C()
p = weakref.proxy(c)
print(p.__class__ is C, getattr(p, '__class__') is C, isinstance(p, C), type(p).__name__)
del c
try:
    p.__class__
except ReferenceError as e:
    print('ReferenceError', e)

a, b = tee(range(3))
q = weakref.proxy(a)
print(q.__class__ is type(b), next(q), list(q))
del a
try:
    getattr(q, '__class__')
except ReferenceError as e:
    print('ReferenceError', e)
