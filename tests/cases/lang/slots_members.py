# Member descriptors: the objects __slots__ names become in the class namespace.
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
class C(A):
    __slots__ = ('c',)
m = A.__dict__['a']
print(m, repr(m), type(m).__name__)
print(m.__name__, m.__qualname__, m.__objclass__, m.__doc__)
print(A.a is m, C.a is m, C.c, C.__dict__['c'].__objclass__)
a = A()
print(m.__get__(None, A) is m, m.__get__(None, C) is m)
m.__set__(a, 7)
print(m.__get__(a), m.__get__(a, A), a.a)
m.__delete__(a)
try:
    m.__get__(a)
except AttributeError as e:
    print(e)
try:
    m.__delete__(a)
except AttributeError as e:
    print(e)
try:
    a.a
except AttributeError as e:
    print(e, e.name, e.obj is a)
for f in [lambda: m.__get__(1), lambda: m.__set__(1, 2), lambda: m.__delete__(1),
          lambda: m.__get__(B()), lambda: m.__get__(), lambda: m.__get__(None),
          lambda: m.__set__(a), lambda: m.__delete__(), lambda: m.__get__(a, A, 3)]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# Through a subclass instance, super() and getattr/setattr/delattr.
c = C()
c.a, c.c = 1, 2
print(c.a, c.c, getattr(c, "a"), m.__get__(c))
setattr(c, "a", 10)
delattr(c, "c")
print(c.a, hasattr(c, "c"))
class Dsc(A):
    __slots__ = ()
    @property
    def doubled(self):
        return self.a * 2
d = Dsc()
d.a = 21
print(d.doubled)
# A property or a user descriptor in a subclass hides a slot.
class Hide(A):
    __slots__ = ()
    @property
    def a(self):
        return "property"
h = Hide()
print(h.a)
try:
    h.a = 1
except AttributeError as e:
    print(e)
A.a.__set__(h, 5)
print(A.a.__get__(h), h.a)
# Reassigning a slot keeps one reference to the value.
import sys
val = object()
before = sys.getrefcount(val)
for _ in range(3):
    a.a = val
print(sys.getrefcount(val) - before)
del a.a
print(sys.getrefcount(val) - before)
try:
    m.foo = 1
except AttributeError as e:
    print(e)
import types
print(types.MemberDescriptorType, isinstance(A.a, types.MemberDescriptorType))
