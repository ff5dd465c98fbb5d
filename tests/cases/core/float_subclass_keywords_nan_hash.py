# float.__new__ takes no keywords, but a subclass with its own __init__ may take
# some (CPython checks them only when tp_init is float's); a NaN float subclass
# instance hashes by its own identity.
class WithInit(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg

u = WithInit(2.5, newarg=3)
print(type(u).__name__, u, u.newarg)


class Plain(float):
    pass

for call in (lambda: Plain(x=2), lambda: float(x=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class H:
    def __hash__(self):
        return 42


class F(float, H):
    pass

for v in (float("nan"), F("nan"), Plain("nan")):
    print(type(v).__name__, hash(v) == object.__hash__(v))
print(hash(F(1.5)) == hash(1.5), hash(Plain("inf")))


class BA(bytearray):
    pass

try:
    BA(b"x", newarg=1)
except TypeError as e:
    print("TypeError:", e)
print(BA(source=b"ab"))
