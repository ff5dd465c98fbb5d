# randrange's deprecation warnings for non-integer arguments (SystemRandom); sample
# takes any collections.abc.Sequence, even one that is also a Set.
import random, warnings, collections.abc as abc
from fractions import Fraction
g = random.SystemRandom()
warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as w:
    for args in [(3.0,), (0, 2.0), (0, 42, 3.0), (Fraction(3, 1),)]:
        g.randrange(*args)
    for args in [(3.14159,), ('3',), (0, 42, 0.0), (0, 2.71828)]:
        try: g.randrange(*args)
        except ValueError as e: print('ValueError', e)
for x in w: print(x.category.__name__, x.message, x.filename == __file__)
class SeqSet(abc.Sequence, abc.Set):
    def __init__(self, items): self._items = items
    def __len__(self): return len(self._items)
    def __getitem__(self, i): return self._items[i]
print(len(g.sample(SeqSet([2, 4, 1, 3]), k=2)), len(random.Random(1).sample(SeqSet([1,2,3]), 2)))
try: g.sample({1, 2}, 1)
except TypeError as e: print('TypeError', e)
