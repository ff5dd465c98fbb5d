# enum functional API: names as a string, list, pairs, mapping; start=, module=, qualname=,
# type=; IntFlag/Flag functional forms; auto with _generate_next_value_.
from enum import Enum, IntEnum, Flag, IntFlag, auto

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__, Animal.__qualname__)
Pair = Enum('Pair', [('A', 10), ('B', 20)])
print(list(Pair))
Mapped = Enum('Mapped', {'X': 'x', 'Y': 'y'}, module='mymod', qualname='Outer.Mapped')
print(list(Mapped), Mapped.__module__, Mapped.__qualname__, repr(Mapped.X))
Counted = IntEnum('Counted', 'ONE, TWO', start=5)
print(list(Counted), Counted.TWO + 0)
Listed = Enum('Listed', ['P', 'Q'])
print(list(Listed))
Bits = Flag('Bits', 'A B C')
print(list(Bits), Bits.A | Bits.C, Bits(7))
IB = IntFlag('IB', 'A B')
print(repr(IB.A | IB.B))
Typed = Enum('Typed', 'A B', type=int)
print(Typed.A + 1, repr(Typed.B))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    AA = auto()
    BB = auto()


print(list(Named), Named('BBBB'))
