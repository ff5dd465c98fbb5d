# A `*` or `**` argument of the wrong kind: CPython 3.11 names the function
# ("f() argument after * must be an iterable, not int") for a lone `*x`, and says
# "Value after *" when the call or display has several positional parts.
def f(*a, **k): pass
class C:
    def m(self, *a, **k): pass
    @classmethod
    def cm(cls, *a): pass
    @staticmethod
    def sm(*a): pass
    def __call__(self, *a, **k): pass
import math
for src in ["f(**{'a':1}, **{'a':2})", "f(a=1, **{'a':2})", "f(**{'a':1}, a=2)", "C().m(**{1:2})", "C.cm(*1)", "C.sm(*1)", "math.sqrt(*1)", "len(*None)", "(lambda *a: 0)(*1)", "f(*[], *1)", "f(*1, *[])", "f(**1, **{})", "f(**{}, **1)", "f(x=1, **1)", "[*1]", "(*1,)", "{*1}", "{**1}", "{'a':1, **1}", "f(*(i for i in 1))", "print(*5, sep='')", "type(*1)", "C.m(*1)", "sorted(*1)", "max(**1)", "f(**C())", "f(*C())", "str.join(*1)", "[].append(*1)", "object.__init__(*1)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
class M:
    def keys(self): return ['a']
    def __getitem__(self, k): raise KeyError(k)
try: f(**M())
except KeyError as e: print("KeyError", e)
class BadIter:
    def __iter__(self): raise TypeError("inner")
try: f(*BadIter())
except TypeError as e: print(e)
try: f(1, *BadIter())
except TypeError as e: print(e)
class BK:
    def keys(self): raise TypeError("inner keys")
try: f(**BK())
except TypeError as e: print(e)
order = []
def g():
    order.append("g called")
    yield 1
    order.append("g iterated")
def h():
    order.append("h called")
    return {}
f(*g(), **h())
print(order)
print(math.sqrt.__qualname__, str.join.__qualname__, [].append.__qualname__, len.__qualname__,
      object.__init__.__qualname__, (1).__add__.__qualname__, object().__str__.__qualname__)
