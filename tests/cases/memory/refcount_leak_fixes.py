# Two leaks the soak test (tests/soak.rs) found: an instance never gave back its
# reference to its class, and an expression statement whose value is a number
# (`x` alone on a line) never dropped it.
import gc
import sys


class A:
    pass


class B(A):
    def __init__(self, v):
        self.v = v


base_a, base_b = sys.getrefcount(A), sys.getrefcount(B)
objs = [A() for _ in range(5)] + [B(i) for i in range(3)]
print("with instances:", sys.getrefcount(A) - base_a, sys.getrefcount(B) - base_b)
del objs
print("after del:", sys.getrefcount(A) - base_a, sys.getrefcount(B) - base_b)

# An instance freed by the cycle collector also releases its class.
a = A()
a.me = a
del a
gc.collect()
print("after a collected cycle:", sys.getrefcount(A) - base_a)

# Instances of classes made and dropped in a loop do not keep their classes.
def make():
    class Local:
        pass
    return Local()

before = len([o for o in gc.get_objects() if type(o) is type])
for _ in range(50):
    make()
gc.collect()
print("classes left:", len([o for o in gc.get_objects() if type(o) is type]) - before)


def numbers():
    x = 1000.5
    y = 123456
    for i in range(10):
        x
        y
        -y
        x * 2.0
    return sys.getrefcount(x), sys.getrefcount(y)


print("expression statements:", numbers())
