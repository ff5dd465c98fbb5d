# Per-class instance layouts: attributes live at the class's shared key positions,
# yet each instance keeps its own insertion order (vars(), __dict__, dir) through
# out-of-order stores, deletes and re-adds, while gc.get_referents visits the values
# in key order (CPython's _PyObject_VisitInstanceAttributes), before and after the
# __dict__ is materialised.
import gc, sys

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def refs(o):
    return [r for r in gc.get_referents(o) if not isinstance(r, type)]

a = P(1, 2)
b = P(3, 4)
print(vars(a), refs(a))
del b.x
b.x = 30                      # goes last in b's order, keeps its key position
print(refs(b), list(b.__dict__))
c = P.__new__(P)
c.y = 'y'                     # stored before x: out of key order
c.x = 'x'
c.z = 'z'
print(refs(c))
print([k for k in dir(c) if len(k) == 1])
print(c.__dict__)
d = P.__new__(P)
d.z = 1; d.x = 2
del d.z
d.y = 3
print(refs(d), vars(d))
del d.x, d.y
d.x = 4
print(vars(d), refs(d))
try:
    del d.y
except AttributeError as e:
    print('AttributeError:', e)
# A deleted attribute reads as missing through every path.
e = P(5, 6)
for _ in range(3):
    del e.y
    print(hasattr(e, 'y'), getattr(e, 'y', None), e.x)
    e.y = 7
print(vars(e))
print(sys.getsizeof(a), sys.getsizeof(c.__dict__) > 0)
