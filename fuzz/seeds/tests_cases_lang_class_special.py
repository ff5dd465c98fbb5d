# Checks: __slots__-free attribute access hooks: __getattr__ fallback, __setattr__, class-level counters, __class__, __init_subclass__-free subclass registry, isinstance with tuples.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f"computed:{name}"
l = Lazy()
print(l.real, l.missing, getattr(l, "other"))
class Logged:
    def __setattr__(self, name, value):
        print(" set", name, value)
        object.__setattr__(self, name, value)
o = Logged()
o.a = 1
o.b = [2]
print("stored", o.a, o.b, o.__class__.__name__)
class Base:
    registry = []
    def __init__(self):
        Base.registry.append(type(self).__name__)
class X(Base): pass
class Y(Base): pass
X(); Y(); X()
print("registry", Base.registry)
print("str of class", str(int), repr(str), Base.__name__, X.__bases__[0].__name__)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print("eq without hash", Cmp(1) == Cmp(1), Cmp.__hash__ is None)
