# `{k: v, ...}` (BUILD_MAP): keys that hash without Python code take the fast store;
# duplicates keep the first key and the last value, sizes are CPython's, and the
# displaced objects are released after the dict is built, in stack order.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, K) and self.v == other.v


def build():
    a, b = "x" * 3, "".join(["x", "x", "x"])
    d = {a: D("first"), 1: D("one"), b: D("second"), 1.0: D("float one"), (1, 2): 5}
    print("built", list(d.values())[:0], len(d))
    print(d[a].name, d[1].name, d[1, 2], d.__contains__("xxx"), [k is a for k in d])
    print(sys.getsizeof(d), sys.getsizeof({"p": 1, "q": 2}), sys.getsizeof({1: 2, 3: 4}))
    e = {K(1): "a", K(2): "b", K(1): "c"}
    print(sorted((k.v, v) for k, v in e.items()))
    mixed = {"s": 1, 2: 2, "t": 3}
    print(mixed, sys.getsizeof(mixed))
    big = {str(i): i for i in range(3)}
    print({**big, "z": 0}, sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
    try:
        {"ok": 1, []: 2}
    except TypeError as ex:
        print("TypeError", ex)
    print("end of build")


build()
print("done")


def consts():
    d = {"k": D("c1"), "j": D("c2"), "k": D("c3"), "j": D("c4")}
    print("const keys", sorted(d))
    e = {1: D("i1"), 2: D("i2"), 1: D("i3")}
    print("int keys", sorted(e))
    try:
        {"a": D("e1"), "b": D("e2"), []: D("e3")}
    except TypeError:
        print("failed build")


consts()
print("done again")
