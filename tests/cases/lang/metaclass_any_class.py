# The metaclass of a class statement is chosen from the bases as given
# (CPython's __build_class__): metaclass= may name a class that does not derive
# from type when there are no bases, and a base that is not a class brings its
# own type as candidate metaclass.
class M2(object):
    @staticmethod
    def __new__(cls, name, bases, dict):
        self = object.__new__(cls)
        self.name = name
        self.bases = bases
        self.keys = sorted(k for k in dict if not k.startswith("__"))
        return self
    def __call__(self):
        return "called " + self.name

class C(metaclass=M2):
    def spam(self):
        return 42
print(type(C).__name__, C.name, C.bases, C.keys, C())

class Meta(int):
    def __init__(*args, **kwargs):
        pass
    def __new__(cls, name, bases, attrs, **kwargs):
        return bases, kwargs

d = {'metaclass': Meta}
class A(**d): pass
print(A)
class A(0, 1, 2, 3, **d): pass
print(A)
class A(0, *range(1, 4), **d, foo='bar'): pass
print(A)

class Meta3(type):
    pass
class Base(metaclass=Meta3):
    pass
class D(Base):
    pass
print(type(D).__name__)
try:
    class F(Base, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class G(1):
        pass
except TypeError as e:
    print("TypeError", e)
