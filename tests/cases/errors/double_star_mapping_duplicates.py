# `f(**m)` with a mapping that is no dict: a key met twice (or already given as a
# keyword) is "got multiple values for keyword argument"; str-subclass keys are
# keywords.
class MultiDict:
    def __init__(self, items): self._items = items
    def keys(self): return [k for k, v in self._items]
    def __getitem__(self, k):
        for kk, v in self._items:
            if kk == k: return v
        raise KeyError(k)
def g(x, *a, **k): return x, a, k
print(g(**MultiDict([('x', 1), ('y', 2)])))
for call in [lambda: g(**MultiDict([('x', 1), ('x', 2)])),
             lambda: g(a=3, **MultiDict([('a', 1)])),
             lambda: g(**MultiDict([('a', 3)]), **MultiDict([('x', 1), ('x', 2)]))]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
class Name(str): pass
def f(a, b): return a, b
print(f(**{Name('a'): 1, Name('b'): 2}))
