# Instances with __slots__, with and without a __dict__, through copy and
# object.__getstate__ / object.__reduce_ex__.
import copy


class S:
    __slots__ = ("x", "__y", "z")

    def __init__(self):
        self.x = 1
        self.__y = [2]


s = S()
print(s.__getstate__())
print(s.__reduce_ex__(2)[1:])
t = copy.deepcopy(s)
print(t.x, t._S__y, t._S__y is s._S__y, hasattr(t, "z"))
u = copy.copy(s)
print(u._S__y is s._S__y)
for proto in (0, 1):
    try:
        s.__reduce_ex__(proto)
    except TypeError as e:
        print(proto, e)
try:
    s.__reduce__()
except TypeError as e:
    print(e)


class SD(S):
    __slots__ = ("w", "__dict__")


sd = SD()
sd.w = 3
sd.extra = 4
state = sd.__getstate__()
print(state, state[0] is sd.__dict__)
c = copy.deepcopy(sd)
print(c.x, c.w, c.extra, c._S__y)


class Empty:
    __slots__ = ()


print(Empty().__getstate__(), Empty().__reduce_ex__(2)[1:])
print(type(copy.copy(Empty())).__name__)


class WithSetstate:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 5

    def __setstate__(self, state):
        print("setstate", state)
        self.a = state[1]["a"] * 10


print(copy.deepcopy(WithSetstate()).a)


class Plain:
    pass


p = Plain()
print(p.__getstate__())
p.q = 1
print(p.__getstate__() is p.__dict__)
