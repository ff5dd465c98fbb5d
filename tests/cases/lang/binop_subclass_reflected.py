# A right operand whose class subclasses the left's goes first with its reflected
# method only when it overrides it (CPython's method_is_overloaded check); otherwise the
# left operand's method runs first. Comparisons keep their own rule (the subclass's
# reflected comparison always goes first).
from collections import ChainMap


class A:
    def __or__(self, other):
        return 'A.or'

    def __ror__(self, other):
        return 'A.ror'

    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return 'A.radd'

    def __lt__(self, other):
        return 'A.lt'

    def __gt__(self, other):
        return 'A.gt'


class B(A):
    pass


class C(A):
    def __ror__(self, other):
        return 'C.ror'


class D(A):
    def __ror__(self, other):
        return NotImplemented


print(A() | B(), A() | C(), A() | D(), B() | A(), C() | A())
print(A() + B(), A() < B(), A() < C())


class Sub(ChainMap):
    pass


class SubRor(ChainMap):
    def __ror__(self, other):
        return super().__ror__(other)


for left, right in [(ChainMap(), Sub()), (Sub(), ChainMap()), (ChainMap(), SubRor())]:
    r = left | right
    print(type(left).__name__, '|', type(right).__name__, '->', type(r).__name__,
          type(r.maps[0]).__name__)


class N(int):
    def __radd__(self, other):
        return 'N.radd'


class M(int):
    pass


print(1 + N(2), 1 + M(2), type(1 + M(2)).__name__)
