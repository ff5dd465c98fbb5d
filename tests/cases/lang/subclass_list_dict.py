# Subclasses of list and dict: inherited methods, overridden dunders, super() calls,
# __missing__, instance attributes.


class MyList(list):
    def total(self):
        return sum(self)


m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), type(m).__name__)


class D(dict):
    def __missing__(self, k):
        return 0


d = D()
d["a"] += 1
print(d, d["nope"], "nope" in d)


class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k) * 10


g = Logged()
g["x"] = 1
g["y"] = 2
print(g["x"], dict(g), len(g), list(g.items()))


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def __repr__(self):
        return "Stack" + super().__repr__()

    def __len__(self):
        return 100 + super().__len__()


s = Stack()
s.push(1).push(2)
print(s, len(s), str(s), f"{s}", [s], bool(Stack()))


class Upper(list):
    def __getitem__(self, i):
        return str(super().__getitem__(i)).upper()

    def __iter__(self):
        yield from (x.upper() for x in list.__iter__(self))


u = Upper(["a", "b"])
print(u[0], list(u), [x for x in u], u[1:] if False else None)


class Eq(list):
    def __eq__(self, other):
        return True

    __hash__ = None


print(Eq([1]) == [2], Eq() != [3], [5] == Eq())


class Attr(list):
    def __init__(self, *items, label="?"):
        super().__init__(items)
        self.label = label


a = Attr(1, 2, label="pair")
print(a, a.label, a.__dict__, isinstance(a, list), isinstance(a, Attr))
a.label = "changed"
print(vars(a))


class Counter(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1

    def most(self):
        return max(self.items(), key=lambda kv: kv[1])


c = Counter("abracadabra")
print(c, c.most(), sorted(c), sum(c.values()), sorted(c.keys()))
print({**c}, dict(c) == c, c == dict(c), c.copy(), type(c.copy()).__name__)
for k in c:
    print(k, end=" ")
print()


class SubSub(MyList):
    pass


ss = SubSub(range(3))
ss.extend([7])
ss += [8]
print(ss, type(ss).__name__, ss.total(), ss.__class__.__mro__ if False else SubSub.__mro__[1].__name__)
ss[0:2] = [9]
print(ss, ss[::-1], ss * 2, ss.index(7))
del ss[0]
print(ss, ss.pop(), ss)
try:
    class Bad(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(bool):
        pass
except TypeError as e:
    print("TypeError", e)
