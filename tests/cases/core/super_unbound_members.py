# Checks: super(type) makes an unbound super whose __get__ binds it; super objects'
# __thisclass__, __self__ and __self_class__; CPython's errors for a non-type first
# argument and an unrelated object.
class A:
    def f(self):
        return 'A.f'

    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__


class B(A):
    def f(self):
        return 'B.f'


s = super(B)
print(s, s.__self__, s.__self_class__, s.__thisclass__)
try:
    s.f
except AttributeError as e:
    print(e)
b = B()
bound = s.__get__(b)
print(bound.f(), bound.__self__ is b, bound.__self_class__, s.__get__(b, B).f())
print(s.__get__(None, B) is s, bound.__get__(A()) is bound)
try:
    s.__get__(None)
except TypeError as e:
    print(e)
print(super(B, b).__self__ is b, super(B, b).__self_class__, super(B, B).__self_class__)
print(super(B, B).c(), super(B, B).__thisclass__, super(A, B).__self_class__)


class L(list):
    pass


print(super(L, L([1])).__len__(), super(list).__thisclass__)
for args in ((1,), (B, 1), (1, 2)):
    try:
        super(*args)
    except TypeError as e:
        print(e)
try:
    s.__get__(1)
except TypeError as e:
    print(e)
