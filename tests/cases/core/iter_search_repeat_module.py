class It:
    def __iter__(self): raise KeyError("boom")
try:
    1 in It()
except KeyError as e: print("KeyError", e)
class It2:
    def __iter__(self): raise TypeError("inner")
try:
    1 in It2()
except TypeError as e: print("TypeError", e)
class It3:
    def __iter__(self): return 5
try:
    1 in It3()
except TypeError as e: print("TypeError", e)
class G:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 2
print(4 in G(), 5 in G())
class Bad:
    def __getitem__(self, i): raise ValueError("gi")
try:
    1 in Bad()
except ValueError as e: print("ValueError", e)
class It3:
    def __iter__(self): return 5
for f in (lambda: iter(It3()), lambda: [x for x in It3()], lambda: list(It3())):
    try:
        f()
    except TypeError as e: print("TypeError", e)
class It4:
    def __iter__(self): return [1, 2]
try: iter(It4())
except TypeError as e: print("TypeError", e)
t = (1, 2); e = ()
print(t * 1 is t, 1 * t is t, t * 0 == (), e * 5 is e, t * -1 == ())
class T(tuple): pass
x = T((1,)); print(x * 1 is x, type(x * 1).__name__)
s = "abc"; print(s * 1 is s, 1 * s is s, s * 0 == "", "" * 3 == "")
class S(str): pass
y = S("ab"); print(y * 1 is y, type(y * 1).__name__)
b = b"ab"; print(b * 1 is b, b * 0 == b"", type(b * 1).__name__)
class B(bytes): pass
z = B(b"q"); print(z * 1 is z, type(z * 1).__name__)
l = [1]; print(l * 1 is l)
ba = bytearray(b"x"); print(ba * 1 is ba)
class I:
    def __index__(self): return 1
class Big:
    def __index__(self): return 10**40
for args in [(2, -10**30, 10**30), (2, I()), (2, 0, Big()), (2, 'a'), (2, None), (2, 1.0), (2, -10**30)]:
    for seq in ([1, 2, 3], (1, 2, 3)):
        try: print(seq.index(*args))
        except Exception as e: print(type(e).__name__, e)
class A:
    def f(self): pass
    @classmethod
    def g(cls): pass
print(A().f.__module__, A.g.__module__, A().f.__doc__, A().f.__name__, A().f.__qualname__)
print(A.f.__module__)
import math, sys, json
print(len.__module__, math.sqrt.__module__, [].append.__module__, sys.getrefcount.__module__, json.dumps.__module__)

