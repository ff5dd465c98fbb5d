# gc.collect()'s result and gc.get_stats()'s 'collected' count only the objects
# still unreachable after the finalizers ran: an object its __del__ resurrects
# (with what it references) is not counted, and does not stop the rest of the
# garbage from being counted and freed (CPython's final_unreachable).
import gc

zs = []


class A:
    def __init__(self):
        self.me = self


class Z(A):
    def __del__(self):
        zs.append(self)


def stats():
    d = gc.get_stats()[-1]
    return d['collected'], d['uncollectable']


gc.collect()
gc.disable()
c0, u0 = stats()
for i in range(10):
    A()
t = gc.collect()
c1, u1 = stats()
print(t, c1 - c0, u1 - u0)
Z()
t = gc.collect()
c2, u2 = stats()
print(t, c2 - c1, u2 - u1, len(zs))
for i in range(10):
    A()
Z()
t = gc.collect()
c3, u3 = stats()
print(t, c3 - c2, u3 - u2, len(zs))
zs.clear()
t = gc.collect()
c4, u4 = stats()
print(t, c4 - c3, u4 - u3)
