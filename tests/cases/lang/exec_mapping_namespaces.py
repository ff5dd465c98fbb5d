# exec/eval and class bodies with namespaces that are not exact dicts: LOAD_NAME,
# STORE_NAME and DELETE_NAME call the mapping's __getitem__/__setitem__/__delitem__
# (a KeyError moves on to the next scope), exact dicts are accessed directly.


class Logged(dict):
    def __getitem__(self, k):
        print("  get", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)

    def __delitem__(self, k):
        print("  del", k)
        super().__delitem__(k)

    def __missing__(self, k):
        if k.startswith("m_"):
            return "from __missing__"
        raise KeyError(k)


print("dict subclass as locals")
loc = Logged(a=1)
exec("b = a + 1\ndel a\nc = m_x", {}, loc)
print(sorted(loc.items()))

print("dict subclass as globals (and so as locals)")
g = Logged(x=1)
exec("y = x\nprint(type(y).__name__, m_q)", g)
print(sorted(k for k in g if k != "__builtins__"))
print(eval("x + y", g))

print("a Mapping-like class as locals")


class Scope:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]


s = Scope()
exec("a = 1\nb = a * 10\nfor i in range(3): a += i\nimport math as m\nfrom math import *\n", {}, s)
print(s.d["a"], s.d["b"], s.d["m"].__name__, "pi" in s.d, "floor" in s.d)
exec("del b\ntry:\n    del b\nexcept NameError as e:\n    print('NameError:', e, e.__context__)", {}, s)
print(sorted(k for k in s.d if len(k) == 1))
print(eval("a + len('xy')", {}, s))
try:
    eval("undefined_name", {}, s)
except NameError as e:
    print("NameError:", e)


class Failing:
    def __getitem__(self, k):
        raise ValueError("get " + k)

    def __delitem__(self, k):
        raise ValueError("del " + k)


try:
    exec("print(zz)", {}, Failing())
except ValueError as e:
    print("ValueError:", e)
try:
    exec("del zz", {}, Failing())
except NameError as e:
    print("NameError:", e, repr(e.__context__))


class ReadOnly:
    def __getitem__(self, k):
        raise KeyError(k)


try:
    exec("v = 1", {}, ReadOnly())
except TypeError as e:
    print("TypeError:", e)
print(eval("len", {}, ReadOnly()))

print("argument checks")
for call in [
    lambda: exec("a = 1", {}, 5),
    lambda: exec("a = 1", []),
    lambda: exec("a = 1", Scope()),
    lambda: eval("a", {}, 5),
    lambda: eval("a", Scope()),
    lambda: eval("a", 5),
    lambda: eval("a", 5, 6),
    lambda: eval("a", {}, []),
    lambda: exec("a = 1", {}, "abc"),
]:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(eval("a", None, {"a": 3}), eval("q", {"q": 4}, None))

print("class body in a __prepare__d mapping")


class Recording(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("  body sets", k)
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()

    def __new__(mcls, name, bases, ns):
        print("  namespace is", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))


class C(metaclass=Meta):
    a = 1
    b = a + 1
    del a

    def m(self):
        return "m"


print(C.b, hasattr(C, "a"), C().m())


class Plain:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v


class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Plain()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)


class D(metaclass=Meta2):
    x = 5
    y = x * 2


print(D.x, D.y)


class Meta3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Plain()


try:
    class E(metaclass=Meta3):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta4(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class F(metaclass=Meta4):
        pass
except TypeError as e:
    print("TypeError:", e)
