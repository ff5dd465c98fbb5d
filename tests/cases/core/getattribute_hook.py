# A class's own __getattribute__ intercepts every attribute read of its instances;
# on AttributeError, __getattr__ (if any) is asked; object.__getattribute__ is the
# generic lookup.
class Upper:
    def __getattribute__(self, name):
        return name.upper()


u = Upper()
print(u.foo, u.bar, getattr(u, "baz"), hasattr(u, "anything"))


class Logged:
    cls_attr = "class attribute"

    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("  get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return "method result"


lg = Logged()
print(lg.x)
print(lg.cls_attr)
print(lg.method())
for _ in range(3):
    print(lg.x)


class Fallback:
    y = 5

    def __getattribute__(self, name):
        if name.startswith("missing"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name


f = Fallback()
print(f.y, f.missing_one, f.other if hasattr(f, "other") else "no other")


class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError("nope: " + name)


try:
    NoFallback().z
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Logged):
    pass


print(Sub().x)


class Counter:
    def __init__(self):
        object.__setattr__(self, "reads", 0)

    def __getattribute__(self, name):
        n = object.__getattribute__(self, "reads")
        object.__setattr__(self, "reads", n + 1)
        return object.__getattribute__(self, name)


c = Counter()
c.reads
c.reads
print(object.__getattribute__(c, "reads"))
try:
    object.__getattribute__(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__getattribute__(c, "absent")
except AttributeError as e:
    print("AttributeError:", e)


class C:
    f = abs
    g = len


print(C().f(-1), C.f(-2), C().g("abc"))
