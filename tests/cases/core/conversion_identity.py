import math
x = int("1000"); f = float("2.5"); s = "".join(["ab", "cd"]); t = (1, [2]); fs = frozenset([1, 2]); b = bytes([1, 2]); c = complex(1, 2)
print(int(x) is x, float(f) is f, str(s) is s, tuple(t) is t, frozenset(fs) is fs, bytes(b) is b, complex(c) is c)
print(float(math.nan) is float(math.nan), float(math.inf) is math.inf)
class I(int): pass
i = I(5); print(type(int(i)), int(i) is i)
class F(float): pass
ff = F(1.5); print(type(float(ff)), float(ff) is ff)
print(int(True), type(int(True)), float(x) is float(x))
print(+f is f, -(-f) is f, abs(f) is f, round(x) is x, x.__index__() is x, int.__int__(x) is x)
big = 10 ** 30
print(+big is big, round(big) is big, round(big, 2) is big, round(big, -2) is big, big.__index__() is big, int(big) is big)
print(round(True), type(round(True)), int.__index__(True), type(int.__index__(True)), +True)
print(round(i) is i, type(round(i)), type(i.__index__()))
print(frozenset(ff for ff in [1]) is not None, type(frozenset(fs)), frozenset() is frozenset())
class FS(frozenset): pass
q = FS([1]); print(frozenset(q) is q, type(frozenset(q)), FS(fs) is fs)
import sys
print(sys.getrefcount(f), float(f) is f, sys.getrefcount(f))
