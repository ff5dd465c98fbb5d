# Checks: property, staticmethod and classmethod expose __get__ (and property
# __set__/__delete__) as methods that do what attribute access does, with CPython's
# errors for a missing function, wrong argument counts and a wrong self;
# object.__subclasshook__ is a classmethod answering NotImplemented.
class C:
    def __init__(self):
        self.v = 1

    def _get(self):
        return self.v

    def _set(self, v):
        self.v = v

    def _del(self):
        print('deleting')

    p = property(_get, _set, _del)
    ro = property(_get)


c = C()
print(C.p.__get__(c), C.p.__get__(None, C) is C.p, C.p.__get__(c, C))
C.p.__set__(c, 5)
print(c.v, C.p.__delete__(c))
for call in (lambda: C.ro.__set__(c, 1), lambda: C.ro.__delete__(c),
             lambda: property().__get__(c), lambda: C.p.__get__(),
             lambda: C.p.__get__(1, 2, 3), lambda: C.p.__set__(c),
             lambda: C.p.__delete__(), lambda: property.__get__(1, 2)):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, int), sm.__get__(1)('abc'), cm.__get__(5)(), cm.__get__(None, C)())
try:
    cm.__get__(None, None)
except TypeError as e:
    print(e)
try:
    classmethod.__get__(sm, 1)
except TypeError as e:
    print(e)
print(object.__subclasshook__(), object.__subclasshook__(int), C.__subclasshook__(1, 2))
print(hasattr(property, '__set__'), hasattr(staticmethod, '__set__'))
for d in (C.p, sm, cm):
    try:
        d.__get__(None)
    except TypeError as e:
        print(e)


# The name property.__set_name__ records (at class creation, or by hand) is the one
# its missing-function errors give; a copy keeps it; one set on the class later has
# none.
class D:
    x = property(None)
    y = x.setter(print)
    z = x


for attr in ('x', 'y', 'z'):
    try:
        getattr(D(), attr)
    except AttributeError as e:
        print(e)
D.w = property(None)
for call in (lambda: D().w, lambda: delattr(D(), 'w'), lambda: setattr(D(), 'w', 1)):
    try:
        call()
    except AttributeError as e:
        print(e)
p = property(None)
print(p.__set_name__(D, 'foo'))
for call in (lambda: p.__get__(D()), lambda: p.setter(None).__set__(D(), 1),
             lambda: p.__set_name__(D), lambda: (p.__set_name__(D, 5), p.__get__(D()))):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
