# Stores of new attributes through the inline cache (the `__init__` append path):
# instances filled in different orders, keys equal to the name but not identical,
# materialised __dict__s, and classes changed in between.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

ps = [P(i, -i) for i in range(5)]
print([(p.x, p.y) for p in ps], [list(vars(p)) for p in ps[:2]])

# An instance that already has `y` before `__init__` runs again.
q = P(1, 2)
del q.x
q.__init__(10, 20)
print(vars(q))

# A key built at run time: equal to "x", not the same object.
r = P(0, 0)
name = "".join(["x"])
delattr(r, "x")
setattr(r, name, 5)
P.__init__(r, 7, 8)
print(vars(r), r.x, r.y)

# A materialised __dict__ before the stores.
t = P(3, 4)
d = t.__dict__
t.__init__(30, 40)
print(d, t.x)

# Many attributes: past the inline limit they move to a real dict.
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.last = n
m = [Many(40), Many(3), Many(40)]
print([len(vars(o)) for o in m], m[0].a39, m[1].last)

# A class attribute turned into a property between two instances.
class Q:
    def __init__(self, v):
        self.v = v
a = Q(1)
def getv(self):
    return "prop"
def setv(self, val):
    print("setter", val)
Q.v = property(getv, setv)
b = Q(2)
print(a.__dict__, b.__dict__, b.v)

# __setattr__ added after instances were made.
class R:
    def __init__(self):
        self.k = 1
R()
def sa(self, n, v):
    print("setattr", n, v)
    object.__setattr__(self, n, v)
R.__setattr__ = sa
print(vars(R()))
