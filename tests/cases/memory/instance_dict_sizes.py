# sys.getsizeof of instance __dict__s: CPython 3.11 gives them split tables over the
# class's shared keys, sized by the keys' current state (dk_nentries + dk_usable value
# slots), which shrinks as more instances are made. They turn combined on a non-str
# key, on popitem(), on clear(), or when the shared keys are full.
import sys

size = sys.getsizeof


class A:
    pass


class B:
    def __init__(self):
        self.x = 1
        self.y = 2


print("empty instance", size(A().__dict__))
a = A()
a.q = 1
print("one attr after creation", size(a.__dict__))
print("B", size(B().__dict__))
b = B()
b.z = 3
print("B plus z", size(b.__dict__))
d = B().__dict__
print("dict(d), literal", size(d), size(dict(d)), size({"x": 1, "y": 2}))
print("copy, {**d}", size(d.copy()), size({**d}))
e = {}
e.update(d)
print("update into empty", size(e))

# The size is read live: more instances shrink every split dict of the class.
before = size(d)
more = [B() for _ in range(5)]
print("live", before, size(d))
print("vars", size(vars(more[0])), size(more[0].__dict__))


# Many instances with the same attributes: one slot fewer per new instance until
# dk_usable reaches 1.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, i) for i in range(32)]
print("P sizes", [size(p.__dict__) for p in ps[:4]], size(ps[-1].__dict__))
print("P fresh", size(P(0, 0).__dict__))


class P2:
    def __init__(self):
        self.x = 1
        self.y = 2


print("P2 steps", [size(P2().__dict__) for _ in range(30)])


# Attribute order differing between instances still shares the keys.
class Q:
    def __init__(self, flip):
        if flip:
            self.b = 1
            self.a = 2
        else:
            self.a = 1
            self.b = 2


print("Q", [size(Q(i % 2).__dict__) for i in range(4)])


# Each instance bringing new names: the keys fill up and later instances get
# combined dicts.
class W:
    pass


ws = []
for i in range(18):
    w = W()
    for j in range(i + 1):
        setattr(w, "a%d" % j, j)
    ws.append(size(w.__dict__))
print("W", ws)


# More than 30 attributes: the 30th name does not fit, the dict is combined.
class Big:
    def __init__(self):
        for i in range(35):
            setattr(self, "f%d" % i, i)


print("Big", [size(Big().__dict__) for _ in range(2)])
for n in (1, 5, 6, 11, 21, 29, 30):
    C = type("C", (), {})
    o = C()
    for i in range(n):
        setattr(o, "k%d" % i, i)
    od = o.__dict__
    print("fresh class", n, size(od), size(dict(od)), size(od.copy()))

# Changes to a materialised split dict.
d2 = B().__dict__
d2["w"] = 5
print("str key stays split", size(d2))
d3 = B().__dict__
d3[1] = 2
print("non-str key", size(d3))
d4 = B().__dict__
del d4["x"]
print("del keeps split", size(d4))
bb = B()
del bb.x
print("delattr", size(bb.__dict__))
d5 = B().__dict__
d5.popitem()
print("popitem", size(d5))
d6 = B().__dict__
d6.clear()
print("clear", size(d6))
d7 = A().__dict__
d7[1] = 1
print("empty split + int key", size(d7))
d8 = B().__dict__.copy()
d8[2] = 2
print("copy + int key", size(d8))


# Attributes set after the __dict__ was materialised.
p = P(1, 2)
pd = p.__dict__
p.z = 3
print("set after", size(pd), size(p.__dict__) == size(pd))


class N:
    def __init__(self, **kw):
        self.__dict__.update(kw)


print("update into empty split", size(N(a=1, b=2).__dict__), size(N(a=1).__dict__))


class S(P):
    pass


print("subclass", size(S(1, 2).__dict__))


class E(Exception):
    pass


x = E()
x.a = 1
print("exception subclass", size(x.__dict__))

# Combined dicts: a non-str key into a 1-item str dict resizes to 16 slots
# (calculate_log2_keysize(3) is 16 in 3.11).
cd = {"a": 1}
cd[1] = 2
print("combined non-str", size(cd))
big = {}
for i in range(30):
    big["k%d" % i] = i
print("copy clones", size(big), size(big.copy()), size(dict(big)))


# Subclasses of builtins whose base has no variable part (list, dict, set, float, str)
# also share keys, but their instances get values only when the first attribute is
# set (no per-instance slot is taken); int and tuple subclasses get combined dicts.
for base in (list, dict, set, frozenset, float, str, int, tuple):
    C = type("C", (base,), {})
    o = C()
    o.a = 1
    p = C()
    p.a = 1
    p.b = 2
    q = C()
    qd = q.__dict__
    q.z = 1
    print(base.__name__, size(o.__dict__), size(p.__dict__), size(C().__dict__), size(qd))


class L(list):
    def __init__(self):
        self.x = 1
        self.y = 2


print("L", [size(L().__dict__) for _ in range(3)])
