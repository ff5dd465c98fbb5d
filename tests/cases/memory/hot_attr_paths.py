# Attribute loads/stores and method calls on their fast paths must keep CPython's
# reference counts and the moments objects die (__del__ order).
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def m(self):
        return "m of " + self.name


class P:
    def __init__(self, x):
        self.x = x
        self.tag = None

    def get(self):
        return self.x


p = P(D("a"))
print("store")
p.x = D("b")  # "a" dies here
print("stored")
print(D("t").name)  # the temporary dies after the load
print(D("u").m())  # and after the method call
q = P(1)
for i in range(3):
    q.x = q.x + i
    print(q.get(), q.x)
obj = D("r")
p.tag = obj
print(sys.getrefcount(obj))
p.tag = None
print(sys.getrefcount(obj))


class Q(P):
    def __init__(self, x):
        super().__init__(x)
        return None


class R:
    def __init__(self):
        return 5


print(Q(3).get())
try:
    R()
except TypeError as e:
    print("TypeError:", e)


def use(o):
    t = 0
    for _ in range(3):
        t += o.get()
    return t


print(use(P(4)), use(Q(5)))
P.get = lambda self: -self.x
print(use(P(4)), use(Q(5)))
q.get = lambda: 100
print(use(q))
del obj
print("end")
