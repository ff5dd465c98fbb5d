# __slots__ checks at class creation (CPython's type_new_slots), through the class
# statement, type(name, bases, ns) and a metaclass.
def attempt(label, make):
    try:
        cls = make()
        names = sorted(k for k in cls.__dict__ if not k.startswith("__"))
        print(label, "ok", names)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

for slots in [("a", "a"), (1,), ("1a",), ("a b",), ("",), "",
              ("__dict__", "__dict__"), ("__weakref__", "__weakref__"),
              5, ["ok"], {"k": "doc"}, ("é",), iter(["i1", "i2"]),
              ("x", 2.5), ("__dict__", "__weakref__", "v")]:
    attempt(repr(slots) if not hasattr(slots, "__next__") else "iterator",
            lambda: type("X", (), {"__slots__": slots}))

def conflict():
    class E:
        __slots__ = ("x",)
        x = 1
    return E
attempt("class variable", conflict)

def conflict_method():
    class E:
        __slots__ = ["run"]
        def run(self):
            pass
    return E
attempt("method", conflict_method)

def mangled_conflict():
    class E:
        __slots__ = ("__v",)
        _E__v = 0
    return E
attempt("mangled", mangled_conflict)

class B:
    pass
for base in [int, bytes, tuple, str, list, float, dict, B, Exception, type]:
    for slots in [("a",), ("__dict__",), ("__weakref__",), ()]:
        attempt(base.__name__ + " " + repr(slots),
                lambda: type("X", (base,), {"__slots__": slots}))

class MyInt(int):
    pass
attempt("MyInt", lambda: type("X", (MyInt,), {"__slots__": ("a",)}))

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["__slots__"] = ("m1", "m0")
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
w = WithMeta()
w.m0 = 0
print(type(w).__name__, w.m0, WithMeta.m1)
try:
    w.other = 1
except AttributeError as e:
    print(e)

# Layout conflicts between bases with slots.
class A1:
    __slots__ = ("a",)
class A2:
    __slots__ = ("b",)
class AW(A1):
    __slots__ = ("__weakref__",)
class N:
    pass
for bases in [(A1, A2), (A1, N), (N, A1), (A1, list), (list, A1),
              (A1, Exception), (AW, A1), (A1, int)]:
    attempt(" ".join(b.__name__ for b in bases), lambda: type("X", bases, {}))
try:
    class Bad(A1, AW):
        pass
except TypeError as e:
    print(e)
try:
    class NotBase(type(A1.a)):
        pass
except TypeError as e:
    print(e)
