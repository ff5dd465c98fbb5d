# functools.cached_property as a descriptor class: caching in the instance __dict__,
# assignment/deletion, its attributes and its error messages.
from functools import cached_property
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        "the doc"
        self.n += 1
        print('computing'); return 42 + self.n
c = C(); print(c.val, c.val, c.__dict__)
c.val = 7; print(c.val); del c.val; print(c.val)
print(type(C.__dict__['val']).__name__, C.val.attrname, C.val.__doc__, C.val.__module__, C.val.func.__name__)
try:
    class B:
        a = cached_property(lambda self: 1)
        b = a
except TypeError as e: print('TypeError', e)
except RuntimeError as e: print('RuntimeError', e, repr(e.__cause__))
cp = cached_property(lambda self: 1)
class E: pass
try: cp.__get__(E(), E)
except TypeError as e: print('TypeError', e)
class S:
    __slots__ = ('q',)
    @cached_property
    def p(self): return 1
try: S().p
except TypeError as e: print('TypeError', e)
print(cached_property[int])
