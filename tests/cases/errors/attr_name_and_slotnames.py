# The __setattr__/__delattr__/__getattribute__ wrappers of object and type check
# that the name is a str; object.__reduce_ex__ reads a class's own
# __slotnames__ (a list or None) and otherwise has copyreg compute and cache it,
# even for a class without __slots__ (CPython's _PyType_GetSlotNames).
import copy, copyreg
class A: pass
for f in [lambda: type.__setattr__(A, b'x', None), lambda: setattr(A, b'x', 1),
          lambda: object.__setattr__(A(), b'x', 1), lambda: setattr(A(), 1, 1),
          lambda: type.__delattr__(A, 1), lambda: object.__delattr__(A(), 2),
          lambda: object.__getattribute__(A(), 3)]:
    try:
        f(); print("ok")
    except TypeError as e:
        print("TypeError", e)

class C: pass
c = C(); c.x = 1
print('__slotnames__' in C.__dict__)
copy.copy(c)
print(C.__dict__.get('__slotnames__'), c.__reduce_ex__(2)[2])

class S(str):
    pass
class D:
    __slotnames__ = [S('spam')]
    def __getattr__(self, attr):
        if attr == 'spam':
            D.__slotnames__[:] = [S('spam')]
            return 42
        raise AttributeError(attr)
r = D().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1:])
class E:
    __slotnames__ = ("a",)
try:
    E().__reduce_ex__(2)
except TypeError as e:
    print("TypeError", e)
