# compile(..., 'single') echoes expression statements; `from x import *` on any
# object; dir() through __dir__; exception classes whose __new__ misbehaves;
# 0.0 ** -inf; math.isclose tolerances.
import sys
import math

exec(compile("if 1: 10 + 1\n", "<s>", "single"))
exec(compile("for i in range(2):\n    i * 100\n", "<s>", "single"))
exec(compile("x = 5\n", "<s>", "single"))
exec(compile("None\n", "<s>", "single"))


class AsModule:
    __all__ = ("pub", "_priv")
    pub = "P"
    _priv = "Q"
    other = "O"


class NoAll:
    a = "A"
    _b = "B"


sys.modules["fake_mod"] = AsModule
from fake_mod import *
print(pub, _priv)
sys.modules["fake_mod"] = NoAll
from fake_mod import *
print(a, "_b" in globals())
for bad in (1, type("BadAll", (), {"__all__": [1]})):
    sys.modules["fake_mod"] = bad
    try:
        from fake_mod import *
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)


class Dirred:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Dirred()), "alpha" in dir(Dirred))


class BadNew(Exception):
    def __new__(cls, *args):
        return 42


def gen():
    yield 1


for f in (lambda: exec("raise BadNew"), lambda: exec("raise BadNew('x')"),
          lambda: next(g := gen()) and g.throw(BadNew)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

inf = float("inf")
for x, y in [(0.0, -inf), (-0.0, -inf), (0.0, inf), (0.0, -1.0), (0.0, -2)]:
    try:
        print(x, y, x ** y, pow(x, y))
    except ZeroDivisionError as e:
        print(x, y, "ZeroDivisionError:", e)

for kw in ({"rel_tol": -1}, {"abs_tol": -0.5}, {"rel_tol": 0.5}):
    try:
        print(math.isclose(1.0, 1.4, **kw))
    except ValueError as e:
        print("ValueError:", e)

try:
    try:
        pass
    except ValueError:
        pass
    compile("try:\n a\nexcept:\n pass\nexcept ValueError:\n pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e)


# int() hooks must return ints; type and payload layouts do not mix; source as bytes
class BadInt:
    def __int__(self):
        return None


class BadIndex:
    def __index__(self):
        return "x"


for obj in (BadInt(), BadIndex()):
    try:
        int(obj)
    except TypeError as e:
        print("TypeError:", e)

for src in ["class A(type, tuple): pass", "class B(tuple, type): pass",
            "class C(type([].append)): pass", "class M(type): pass\nclass D(M, int): pass"]:
    try:
        exec(src)
        print("ok")
    except TypeError as e:
        print("TypeError:", e)

print(eval(b"1 + 2"), eval(bytearray(b"'x' * 3")))
exec(b"print('from bytes')")
for n in (0, 1, 9):
    try:
        print(eval(b"123" + bytes([n])))
    except (SyntaxError, ValueError) as e:
        print(n, type(e).__name__)
