# A finalizer that breaks the cycle it is in leaves its objects to reference
# counting: CPython frees them on the spot, so gc.collect() does not count them.
import gc


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        self.ref = None


a = A("self-cycle")
a.ref = a
del a
print("collected", gc.collect())

a = A("a")
b = A("b")
a.ref = b
b.ref = a
del a, b
print("collected", gc.collect())

# The list is only held by the instance whose cycle its __del__ breaks.
a = A("holder")
lst = [a]
a.ref = lst
a.data = [[1], [2]]
del a, lst
print("collected", gc.collect())

# Two cycles, one broken by its finalizer and one kept: only the kept one counts.
a = A("breaks")
a.ref = a


class Keep:
    def __del__(self):
        print("del keep")


k = Keep()
k.me = k
del a, k
print("collected", gc.collect())


# A generator's finalizer closes it, clearing its frame: a generator that holds
# itself in a local is freed by its count, suspended or never started.
def echo():
    me = yield
    yield me


g = echo()
next(g)
g.send(g)
del g
print("collected", gc.collect())


def hold(x):
    yield x


lst = []
g = hold(lst)
lst.append(g)
del lst, g
print("collected", gc.collect())

lst = []
g = hold(lst)
lst.append(g)
next(g)
del lst, g
print("collected", gc.collect())


# A cycle through an object the generator's frame does not own stays a cycle.
class C:
    def __init__(self):
        self.g = self.run()

    def run(self):
        yield self


c = C()
next(c.g)
del c
print("collected", gc.collect())
print(gc.get_stats()[2]["collected"] >= 0)
