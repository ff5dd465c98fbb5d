# Checks: sys.getsizeof of empty and small containers: list, tuple, dict, set, frozenset, range, and of instances.
import sys
print("list", sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]), sys.getsizeof([None] * 10))
print("tuple", sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(10))))
print("dict", sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(dict(a=1, b=2, c=3)))
print("set", sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(5))), sys.getsizeof(set(range(10))))
print("frozenset", sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(5))))
print("range", sys.getsizeof(range(10)), sys.getsizeof(range(10**20)))
class Plain:
    pass
o = Plain()
print("instance", sys.getsizeof(o))
o.a = 1
print("instance with attr", sys.getsizeof(o))
print("nested not deep", sys.getsizeof([[1, 2, 3] * 100]), sys.getsizeof([[]]))
