# The computed attributes of builtin types are descriptors in their classes
# (CPython's tp_getset / tp_members): reachable on the type, usable by hand, listed
# by dir().
import types


def show(v):
    print(type(v).__name__, repr(v))


for v in [int.real, int.imag, int.numerator, int.denominator, float.real,
          float.imag, complex.real, complex.imag, object.__dict__["__class__"],
          types.FunctionType.__code__, types.FunctionType.__globals__,
          types.FunctionType.__dict__["__name__"]]:
    show(v)

print(int.real.__get__(5), int.imag.__get__(5), int.numerator.__get__(7),
      int.denominator.__get__(True), int.real.__get__(True))
print(float.real.__get__(2.5), float.imag.__get__(2.5), complex.imag.__get__(3j))
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__,
      complex.imag.__qualname__, int.real.__get__(None, int) is int.real)
print(object.__dict__["__class__"].__get__(3), bool.real.__get__(False))
print(types.GetSetDescriptorType is type(int.real),
      types.MemberDescriptorType is type(complex.real))


class I(int):
    pass


print(I(5).real, I(5).numerator, I.real is int.real, int.real.__get__(I(9)))

for stmt in ["int.real.__get__('x')", "(5).real = 1", "(2.0).imag = 1",
             "(1j).real = 2", "del (5).real", "I(5).real = 3",
             "int.real.__set__(5, 1)", "complex.real.__set__(1j, 1)",
             "types.FunctionType.__globals__.__set__(show, {})"]:
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(stmt, "->", type(e).__name__, e)


def f(a=1):
    return a


types.FunctionType.__dict__["__name__"].__set__(f, "g")
types.FunctionType.__dict__["__defaults__"].__set__(f, (2,))
print(f.__name__, f(), types.FunctionType.__dict__["__code__"].__get__(f).co_name)


class C:
    pass


c = C()
object.__dict__["__class__"].__set__(c, I.__class__("E", (), {}))
print(type(c).__name__)

# dir() of builtin values lists what CPython's does.
for o in [1, "", 1.5, 2j, True, f]:
    print(type(o).__name__, len(dir(o)), dir(o))
