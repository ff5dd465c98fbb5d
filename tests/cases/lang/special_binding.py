# What binds as a method and what does not, and the objects binding makes.

class Target:
    def __init__(self, v):
        self.v = v

    def meth(self):
        return self.v


class C:
    f_abs = abs              # builtin function: stays a plain callable
    f_len = len
    f_int = int              # a type: called as is
    f_meth = Target(7).meth  # an already bound method: called as is

    @staticmethod
    def __sub__(other):
        return ("static sub", other)

    @classmethod
    def __add__(cls, other):
        return ("class add", cls.__name__, other)

    @staticmethod
    def __getitem__(k):
        return ("static get", k)

    @staticmethod
    def __setitem__(k, v):
        print("static set", k, v)

    @staticmethod
    def __delitem__(k):
        print("static del", k)

    @staticmethod
    def __neg__():
        return "static neg"


c = C()
print(c.f_abs(-3), c.f_len("abcd"), c.f_int("12"), c.f_meth())
print(c - 1, c + 2, -c)
print(c[5])
c[1] = 2
del c[3]

# bound methods compare and hash by (function, receiver identity)
t1, t2 = Target(1), Target(1)
m = t1.meth
print(m == t1.meth, m != t1.meth, m == t2.meth, m == Target.meth)
print(hash(m) == hash(t1.meth), len({t1.meth, t1.meth, t2.meth}))
print(t1.meth == None, None != t1.meth)
lst = []
print(lst.append == lst.append, lst.append == [].append, hash(lst.append) == hash(lst.append))


# super objects
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        print(repr(super())[:24])
        return "B>" + super().who()


print(B().who())
print(str(super(B, B()))[:22])
for args in [(str, 0), (str, int), (B, A())]:
    try:
        super(*args)
    except TypeError as e:
        print("TypeError:", e)

# builtin types are immutable; function globals are read-only
for stmt in ["int.to_bytes = 1", "del int.to_bytes", "str.foo = 3", "del ValueError.args"]:
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError:", e)


def f():
    pass


try:
    f.__globals__ = {}
except AttributeError as e:
    print("AttributeError:", e)

# type(name, bases, dict) checks its arguments
for args in [(1, (), {}), ("X", None, {}), ("X", (), None), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
print(type("X", (A,), {"y": 1})().who())
