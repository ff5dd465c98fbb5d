import sys
class P:
    __slots__ = ("x", "y")
    def __init__(s, x, y): s.x = x; s.y = y
class D:
    def __del__(s): print("del D")
p = P(1, 2)
t = 0
for i in range(1000):
    p.x = p.x + 1
    t += p.y
print(p.x, t)
p.y = D()
print("set")
for i in range(3):
    p.y = i
print("replaced", p.y)
del p.x
try:
    for i in range(3): print(p.x)
except AttributeError as e: print("AttributeError:", e)
p.x = 5; print(p.x)
class Q(P):
    def __setattr__(s, n, v): print("setattr", n); object.__setattr__(s, n, v)
q = Q(1, 2)
for i in range(2): q.x = i
print(q.x, sys.getrefcount(q))
