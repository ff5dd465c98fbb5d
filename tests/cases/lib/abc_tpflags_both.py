# An ABC may declare itself a sequence or a mapping for pattern matching
# (__abc_tpflags__), not both.
from collections.abc import Collection, Mapping, Sequence

try:
    class Both(Collection):
        __abc_tpflags__ = Sequence.__flags__ | Mapping.__flags__
except TypeError as e:
    print('TypeError:', e)

class Seq(Collection):
    __abc_tpflags__ = 1 << 5
    def __len__(self): return 2
    def __iter__(self): return iter((1, 2))
    def __contains__(self, x): return x in (1, 2)
    def __getitem__(self, i): return (1, 2)[i]

match Seq():
    case [a, b]:
        print('sequence', a, b)
    case _:
        print('no')
print(Sequence.__flags__ & 0x60, Mapping.__flags__ & 0x60)
