# Checks: copy.copy / copy.deepcopy on lists, dicts, sets, tuples, nested structures and
# instances: new identities, shared vs copied children, cycles and the memo,
# __copy__/__deepcopy__/__getstate__/__setstate__, __slots__, copy.Error, errors.
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], s[2] is a[2])
print(d == a, d is a, d[1] is a[1], d[2] is a[2], d[2]["k"] is a[2]["k"])
a[1].append(99)
print(a, s, d)
print(id(s) != id(a), id(d[1]) != id(a[1]))

t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt == t2, dt is t2, dt[1] is t2[1])
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
dd = {"a": [1], "b": {"c": 2}}
sd, ddc = copy.copy(dd), copy.deepcopy(dd)
print(sd["a"] is dd["a"], ddc["a"] is dd["a"], ddc == dd)
print(copy.copy(5), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(3.5), copy.copy(len) is len)

# shared references stay shared inside one deepcopy
inner = [0]
outer = [inner, inner]
c = copy.deepcopy(outer)
print(c[0] is c[1], c[0] is inner)

# cycles
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, len(cc))
dcyc = {}
dcyc["self"] = dcyc
dc = copy.deepcopy(dcyc)
print(dc["self"] is dc, dc is not dcyc)

# memo
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo)


class Point:
    def __init__(self, x, y):
        print("init called")
        self.x = x
        self.y = y
        self.tags = ["a"]

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, type(p2) is Point, p2 is p, p2.tags is p.tags, p3.tags is p.tags)
p.tags.append("b")
print(p, p2, p3)


class Node:
    def __init__(self, val):
        self.val = val
        self.next = None


n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
m1 = copy.deepcopy(n1)
print(m1.val, m1.next.val, m1.next.next is m1, m1 is not n1)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__")
        return Custom(self.v + [1])

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


cu = Custom([1])
print(copy.copy(cu).v, copy.deepcopy(cu).v, copy.deepcopy([cu, cu])[0].v)


class State:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = None


sc = copy.copy(State())
print(sc.a, sc.cache, sorted(vars(sc)))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = Slotted()
sl2 = copy.copy(sl)
sl3 = copy.deepcopy(sl)
print(sl2.a is sl.a, sl3.a == sl.a, sl3.a is sl.a, hasattr(sl2, "b"))


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, k, v):
        raise AttributeError("frozen")


fz = copy.deepcopy(Frozen([3]))
print(fz.v)

print(issubclass(copy.Error, Exception), copy.error is copy.Error)


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError:", e)
try:
    copy.deepcopy([gen()])
except TypeError as e:
    print("TypeError:", e)
print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point)
