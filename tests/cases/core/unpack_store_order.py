import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    a, b, c = D(1), D(2), D(3)
    print("first")
    a, b, c = (D(4), D(5), D(6))
    print("second")
    t = [D(7), D(8), D(9)]
    a, b, c = t
    del t
    print("third")
    c, b, a = (a, b, c)
    print(a.n, b.n, c.n)
    x, y = 1000, 2000
    x, y = y, x
    print(x, y, sys.getrefcount(x))
    for k, v in {"a": 1, "b": 2}.items():
        print(k, v)
    p = q = None
    for p, q in [(1, 2), (3, 4)]:
        pass
    print(p, q)
    try:
        a, b = (1, 2, 3)
    except ValueError as e:
        print(e)
    i, j = "xy"
    print(i, j)
    return a
f()
print("end")
def g():
    t = (D(10), D(11))
    a, a = t
    del t
    print("dup", a.n)
g()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(x, y, z):
    a, b, c = D(1), D(2), D(3)
    a, b, c = x, y, z
    print("--")
    p, q = D(4), D(5)
    p, q = x, y
    print("--")
    a, a = D(6), D(7)
    a, a = x, y
    print("--", a)
    m, n, m = D(8), D(9), D(10)
    m, n, m = 1, 2, 3
    print("--")
    s = [0]
    s[0], k = D(11), D(12)
    s[0], k = 1, 2
    print("--")
    a, b = b, a
    print(a, b)
    (u,
     v) = D(13), D(14)
    (u,
     v) = 1, 2
    return a
f(1, 2, 3)
a, b = D(20), D(21)
a, b = 1, 2
print("end")
