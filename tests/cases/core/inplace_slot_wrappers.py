# The in-place operators and __call__/__reversed__ of builtin types as methods
# (CPython's slot wrappers): list.__iadd__, set.__ior__, dict.__ior__, ...
a = [1]
print(a.__iadd__([2]) is a, a, a.__imul__(2), list.__iadd__(a, (9,)))
try:
    a.__iadd__(None)
except TypeError as e:
    print('TypeError', e)
s = {1}
print(s.__ior__({2}), s.__iand__({2, 3}), s.__isub__({5}), s.__ixor__({7}))
print(s.__ior__([1]))
d = {1: 2}
print(d.__ior__({3: 4}), d.__ior__([(5, 6)]))
b = bytearray(b'ab')
print(b.__iadd__(b'c'), b.__imul__(2))
print(list(a.__reversed__()))


class L(list):
    pass


x = L([1])
r = x.__iadd__([2])
print(r is x, type(r).__name__, r)
r = list.__iadd__(x, [3])
print(r is x, x)
r = x.__mul__(1)
print(r is x, type(r).__name__)


class T(tuple):
    pass


t = T((0, 1))
print(t * 1 is t, type(t * 1).__name__)


def f(a, b=2):
    return a + b


print(f.__call__(1), f.__call__(a=3, b=4), len.__call__('abc'), [].append.__call__(1))
