# Operators whose special method is Python code run as frames of the dispatch loop:
# results, NotImplemented fallbacks, errors, recursion, finalizer order, counts.
import sys, gc

class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o):
        if isinstance(o, V):
            print("eq", self.x, o.x, sys.getrefcount(self), sys.getrefcount(o))
        else:
            print("eq", self.x, o)
        return self.x == o.x if isinstance(o, V) else NotImplemented
    def __lt__(self, o):
        return self.x < o.x if isinstance(o, V) else NotImplemented
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, (int, float)): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return V(o + self.x)
    def __sub__(self, o):
        return NotImplemented
    def __repr__(self): return "V(%r)" % self.x

a, b = V(1), V(2)
print(a == b, a != b, a < b, b < a, a > b)
try:
    a <= b
except TypeError as e:
    print("TypeError", e)
print((a + b).x, (a + 5).x, (a + 2.5).x, (3 + a).x)
for i in range(3):
    if a < b: print("lt", i)
    if a == V(1): print("eq1", i)
    if a != V(1): print("ne1", i)
print(a == 5, a != 5)

class W:
    def __init__(self, x): self.x = x
    def __eq__(self, o): print("W.eq"); return NotImplemented
    def __ne__(self, o): print("W.ne"); return NotImplemented
class W2:
    def __eq__(self, o): print("W2.eq"); return NotImplemented
    def __ne__(self, o): print("W2.ne"); return "yes"
w = W(1)
print(w == w, w != w, w == W(2), w != W(2))
print(w == W2(), w != W2())

# a - b: NotImplemented both ways -> TypeError with the caret line
def bad():
    return a - b
try:
    bad()
except TypeError as e:
    print("TypeError", e)
try:
    a < 5
except TypeError as e:
    print("TypeError", e)

# exception raised in the method
class E:
    def __lt__(self, o): raise ValueError("boom %s" % type(o).__name__)
    def __add__(self, o): return 1 / 0
try:
    E() < E()
except ValueError as e:
    print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    x = [E()][0] + E()
except ZeroDivisionError as e:
    print("caught", e)

# __ne__ through object.__ne__ inverts the truth of __eq__'s answer
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v
class Truth:
    def __init__(self, t): self.t = t
    def __bool__(self): print("bool", self.t); return self.t
t1 = T(Truth(True))
print(t1 != T(0), t1 == T(0) is t1.v)
t2 = T([])
print(t2 != t2)
class BadBool:
    def __bool__(self): raise RuntimeError("no truth")
try:
    T(BadBool()) != 1
except RuntimeError as e:
    print("caught", e)

# finalizer order: frame locals die before the operands
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __eq__(self, o):
        tmp = D("tmp")
        return self.n == o.n
    def __add__(self, o):
        return D(self.n + o.n)
print(D(1) == D(1))
r = D(2) + D(3)
print(r.n)
del r

# recursion: comparison guard
class R:
    def __eq__(self, o):
        return self == o
try:
    R() == R()
except RecursionError as e:
    print("RecursionError", e)
class R2:
    def __add__(self, o):
        return self + o
try:
    R2() + R2()
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())

# subclass on the right with a reflected method goes first
class S(V):
    def __radd__(self, o):
        print("S.radd")
        return V(100)
    def __gt__(self, o):
        print("S.gt")
        return True
print((V(1) + S(2)).x, V(1) < S(2))

# sort and max through __lt__, and a frame object inside __eq__
vs = [V(3), V(1), V(2)]
print(sorted(vs), max(vs), min(vs))
class F:
    def __eq__(self, o):
        f = sys._getframe()
        print(f.f_code.co_name, f.f_back.f_code.co_name)
        return True
def caller():
    return F() == F()
print(caller())

# methods that are not plain functions
class SM:
    __eq__ = staticmethod(lambda o: "static")
    __lt__ = lambda self, o, extra=1: ("lambda", extra)
    def __add__(self, o, *args): return ("varargs", args)
print(SM() == SM(), SM() < SM(), SM() + SM())
gc.collect()

import sys, gc
gc.disable()
class V:
    def __eq__(self, o):
        print(gc.get_count()[0] - base, sys.getrefcount(self), sys.getrefcount(o))
        return True
a, b = V(), V()
gc.collect(); base = gc.get_count()[0]
a == b
gc.collect(); base = gc.get_count()[0]
a != b
print("end")

# augmented assignment: __iadd__ first, its NotImplemented goes on to __add__;
# without __iadd__, __add__ (and the TypeError names the augmented operator)
class A:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        print("A.add")
        return A(self.x + (o.x if isinstance(o, A) else o))
    def __iadd__(self, o):
        print("A.iadd")
        if isinstance(o, int):
            self.x += o
            return self
        return NotImplemented
    def __sub__(self, o):
        return NotImplemented
    def __mul__(self, o):
        print("A.mul", sys.getrefcount(self))
        return A(self.x * o)
p = A(1)
q = p
p += 5
print(p is q, p.x)
p += A(10)
print(p is q, p.x)
p *= 3
print(p.x)
for i in range(3):
    p += i
print(p.x)
try:
    p -= A(1)
except TypeError as e:
    print("TypeError", e)
try:
    p -= 1.5
except TypeError as e:
    print("TypeError", e)
print("done")

# a number on the left: the instance's reflected method
class Rv:
    def __init__(self, x): self.x = x
    def __rmul__(self, o):
        print("Rv.rmul", o, sys.getrefcount(self))
        return Rv(self.x * o)
    def __rsub__(self, o):
        return NotImplemented
r2 = 3 * Rv(2)
print(r2.x, (2.5 * r2).x)
try:
    1 - Rv(1)
except TypeError as e:
    print("TypeError", e)
try:
    1 + Rv(1)
except TypeError as e:
    print("TypeError", e)
print("end2")
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __eq__(self, o): raise ValueError("eq")
    def __add__(self, o): raise ValueError("add")
    def __lt__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
def f():
    try:
        D(1) == D(2)
    except ValueError as e:
        print("caught", e)
    try:
        D(3) + D(4)
    except ValueError as e:
        print("caught", e)
    try:
        D(5) < D(6)
    except TypeError as e:
        print("caught", e)
    try:
        if D(7) == D(8): pass
    except ValueError as e:
        print("caught", e)
    print(D(9) != D(10))
f()
try:
    D(11) == D(12)
except ValueError as e:
    print("caught", e)
class BadEq:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __eq__(self, o): return BadBool()
try:
    BadEq(1) != BadEq(2)
except RuntimeError as e:
    print("caught", e)
