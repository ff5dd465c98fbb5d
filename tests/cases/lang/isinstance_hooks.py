import abc, numbers, fractions
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Integral))
print(isinstance(True, numbers.Number), issubclass(int, numbers.Complex), issubclass(float, numbers.Rational))
print(isinstance(fractions.Fraction(1, 3), numbers.Rational), isinstance("x", numbers.Number))
print(isinstance(2**80, (str, numbers.Integral)))

class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class C(metaclass=Meta):
    pass
print(isinstance(42, C), isinstance(41, C), isinstance(C(), C))
print(issubclass(int, C), issubclass(str, C), issubclass(C, C))
print(isinstance(42, (str, C)))

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class L:
    def __len__(self): return 0
print(isinstance(L(), Sized), issubclass(L, Sized), isinstance(3, Sized))

class MyABC(abc.ABC):
    pass
class Sub(MyABC):
    pass
@MyABC.register
class Virt:
    pass
print(isinstance(Virt(), MyABC), issubclass(Virt, MyABC), isinstance(Virt(), Sub), issubclass(Sub, MyABC))
MyABC.register(tuple)
print(isinstance((), MyABC), isinstance([], MyABC))
try:
    MyABC.register(3)
except TypeError as e:
    print(e)
try:
    Sub.register(MyABC)
except RuntimeError as e:
    print(e)
print(MyABC.register(Sub) is Sub)
try:
    issubclass(3, MyABC)
except TypeError as e:
    print(e)
class X:
    def __instancecheck__(self, o): return True
print(isinstance(1, int), isinstance(1, (float, bool)))
try:
    isinstance(1, X())
except TypeError as e:
    print("TypeError", e)
class Checker(metaclass=Meta): pass
print(isinstance(Checker, type), abc.get_cache_token() >= 0)
