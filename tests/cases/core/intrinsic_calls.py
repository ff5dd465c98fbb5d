# len() and isinstance() run inline when the callee is the builtin itself; every
# other case (shadowing, subclasses, metaclass hooks, errors) is the full call.
import sys
import builtins

print(len([1, 2]), len("héllo"), len((1,)), len({1: 2}), len({1, 2, 3}), len(b"ab"), len(range(5)))
print(len(frozenset("abca")), len(bytearray(3)), len({}.keys()))


class L(list):
    def __len__(self):
        return 99


print(len(L([1, 2, 3])), isinstance(L(), list), isinstance(3, int), isinstance(True, int))
print(isinstance(3, str), isinstance(3, (str, int)), isinstance(None, type(None)))


class M(type):
    def __instancecheck__(cls, x):
        print("instancecheck", type(x).__name__)
        return False


class B(metaclass=M):
    pass


class C(B):
    pass


print(isinstance(C(), B), isinstance(B(), B))

try:
    len(5)
except TypeError as e:
    print(e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
x = [1, 2, 3]
print(sys.getrefcount(x), len(x), sys.getrefcount(x))
print(len([0] * 1000), sys.getrefcount(1000) > 0)


def shadow():
    len = lambda v: 42
    return len([1])


print(shadow())
len = lambda v: -1
print(len([1]))
del len
print(len([1]))
builtins.len = lambda v: 7
print(len([1, 2]))
