import collections.abc as abc
from collections.abc import *
vals = [[], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), iter([]), iter(()), iter(""), (x for x in ()), {}.keys(), {}.values(), {}.items(), 1, 1.5, None, len, object(), lambda: 0, reversed([]), zip(), map(len, []), enumerate([])]
names = ["Iterable", "Iterator", "Generator", "Sized", "Container", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString"]
for n in names:
    A = getattr(abc, n)
    print(n, "".join("1" if isinstance(v, A) else "0" for v in vals))
class MySeq(Sequence):
    def __getitem__(self, i): return [1,2][i]
    def __len__(self): return 2
print(isinstance(MySeq(), Reversible), list(reversed(MySeq())), MySeq().index(2))
