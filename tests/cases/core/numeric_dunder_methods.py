# Checks: int, float and complex have CPython's special methods as callable wrappers:
# __divmod__/__rdivmod__ (NotImplemented for non-numbers), __neg__, __pos__, __abs__,
# __invert__, __round__, __trunc__, __floor__, __ceil__, __int__, __rlshift__,
# __rrshift__; subclasses reach them through super().
print((2.5).__divmod__(2.0), (2.5).__rdivmod__(7.0), (2.5).__divmod__('x'))
print((7).__divmod__(2), (7).__rdivmod__(30), (7).__divmod__(2.5), (7).__divmod__([]))
print((-7).__divmod__(2), (7.5).__divmod__(-2))
try:
    (1.0).__divmod__(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print((5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__())
print((2.5).__neg__(), (-2.5).__abs__(), (2.5).__pos__(), (3+4j).__abs__(), (1j).__neg__())
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (1234).__round__(-2))
print((2.7).__trunc__(), (-2.7).__floor__(), (-2.7).__ceil__(), (2.7).__int__())
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), True.__floor__(), type(True.__ceil__()))
print((1e300).__trunc__() == int(1e300))
for bad in [float('nan'), float('inf')]:
    for m in ('__trunc__', '__floor__', '__int__'):
        try:
            getattr(bad, m)()
        except (ValueError, OverflowError) as e:
            print(m, type(e).__name__, e)
print((3).__rlshift__(1), (1).__rrshift__(16), (2).__rlshift__(2.0))
print(hasattr(float, '__invert__'), hasattr(float, '__index__'), hasattr(complex, '__divmod__'))


class MyInt(int):
    def __neg__(self):
        return 'neg:' + str(super().__neg__())

    def __divmod__(self, other):
        return ('mine',) + super().__divmod__(other)


class MyFloat(float):
    pass


print(-MyInt(4), divmod(MyInt(7), 2), abs(MyInt(-3)), round(MyFloat(2.5)))
import math
print(math.floor(MyFloat(2.5)), math.ceil(MyFloat(2.5)), math.trunc(MyFloat(-2.5)))
print(int.__round__(15, -1), float.__floor__(MyFloat(1.5)))
