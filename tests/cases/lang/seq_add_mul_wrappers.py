# The builtin sequences' __add__ and __mul__ called directly (CPython's sq_concat
# and sq_repeat wrappers): an operand they cannot take is a TypeError with the
# operator's message, not NotImplemented; numbers' __add__ still answer
# NotImplemented. array.array's too, its type flags (a collected type), and a
# subclass taking keyword arguments of its own.
import array
import sys

for a in [[1], (1,), b'a', bytearray(b'a'), 'a', array.array('i', [1])]:
    for x in ['bad', 3, 2.0, None]:
        for m in ('__add__', '__mul__', '__rmul__'):
            try:
                r = getattr(a, m)(x)
            except TypeError as e:
                r = 'TypeError: ' + str(e)
            print(type(a).__name__, m, repr(x), r)
print((1).__add__('x'), (1.5).__mul__([]))
try:
    array.array('i').__add__(array.array('d'))
except TypeError as e:
    print('TypeError', e)
print(array.array('b', [1]).__mul__(2), array.array('b', [1]).__rmul__(3))

print(bool(array.array.__flags__ & (1 << 14)), bool(array.array.__flags__ & (1 << 9)))


class A(array.array):
    def __init__(self, typecode, init=(), newarg=None):
        array.array.__init__(self)
        self.newarg = newarg


x = A('i', [1, 2], newarg=5)
print(x, x.newarg)
try:
    array.array('i', initializer=[1])
except TypeError as e:
    print('TypeError', e)

import weakref
arr = array.array('b', [1, 2])
w = weakref.ref(arr)
print(w() is arr)
del arr
print(w())
