class A:
    def __init__(self, v): self.v = v
class B(A):
    @property
    def v(self): return "prop"
    @v.setter
    def v(self, x): print("setter", x)
class C(A):
    def __setattr__(self, n, x):
        print("setattr", n, x)
        object.__setattr__(self, n, x)
def get(o): return o.v
def put(o, x): o.v = x
objs = [A(1), A(2), B(3), C(4), A(5)]
for o in objs:
    put(o, 10)
    print(type(o).__name__, get(o))
a = A(1)
print(get(a)); del a.v
try: get(a)
except AttributeError as e: print("AE", e)
a.v = 7; print(get(a))
A.v = property(lambda self: "late prop", lambda self, x: None)
print(get(A(9)))
del A.v
print(get(A(9)))
d = A(1); d.__dict__["v"] = 99; print(get(d)); put(d, 5); print(get(d), d.__dict__)
class S:
    pass
s = S()
for k in range(5):
    s.x = k
    print(s.x, end=" ")
print()
s.__class__ = A
print(get(s) if hasattr(s, "v") else "no v", s.x)
