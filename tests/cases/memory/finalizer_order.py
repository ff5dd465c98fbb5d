# __del__ runs when the last reference goes, to completion, before the operation that
# freed the object returns, in CPython's order.


class R:
    n = 0

    def __init__(self):
        R.n += 1

    def __del__(self):
        R.n -= 1


d = {i: R() for i in range(10)}
d.clear()
print(R.n)
objs = [R() for _ in range(5)]
objs = None
print(R.n)


class V:
    def __init__(self, k):
        self.k = k

    def __del__(self):
        print("del", self.k)


e = {3: V(3), 1: V(1), 2: V(2)}
e.clear()
print("-- del of an extended slice")
l = [V(i) for i in range(5)]
del l[::2]
print("-- rebinding frees the old list, last item first")
l = [V(i) for i in range(10, 13)]
print("-- list.clear")
l.clear()
print("-- a tuple frees its items last to first")
t = (V(1), V(2))
del t
print("-- nested: a finalizer that frees more")


class Outer:
    def __init__(self):
        self.inner = [V("inner a"), V("inner b")]

    def __del__(self):
        print("del outer")


o = Outer()
o = 0
print("end")
