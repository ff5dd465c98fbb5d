# Subscripts whose container and index are both locals or constants (`l[i]`,
# `t[0]`, `d[k]`, `l[i] = x`): the items, counts and finalizer timing are the
# same as for any other subscript.
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class L(list):
    def __getitem__(self, i):
        return ("L", i)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, K) and other.v == self.v


def main():
    l = [D(0), D(1), 2.5, 1000, "s"]
    i = 0
    x = l[i]
    print(x.n, sys.getrefcount(x))
    l[i] = 7  # the list's reference goes; x still holds D(0)
    print("after store")
    del x  # D(0) dies here
    print("after del")
    l[1] = D(9)  # D(1) dies inside the store, before the next line
    print("replaced 1")
    j = -1
    print(l[j], l[-2], l[3], l[0])
    big = l[3]
    print(sys.getrefcount(big), big is l[3])
    t = (1, 2.5, "s", l)
    k = 2
    print(t[k], t[-1] is l, t[0])
    for n in range(3):
        l[n] = n * 1.5
    print(l)
    l[k] = l
    print(len(l), l[k] is l)
    l[k] = 0
    try:
        l[10] = 1
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(t[k + 5])
    except IndexError as e:
        print("IndexError:", e)
    m = -10
    try:
        print(l[m])
    except IndexError as e:
        print("IndexError:", e)
    s = "abc"
    print(s[k], s[-1])
    d = {2: "two", "a": [1], 2.5: "f"}
    a = "a"
    print(d[k], d[a], d[2.5], d["a"] is d[a])
    try:
        print(d[m])
    except KeyError as e:
        print("KeyError:", e)
    kd = {K(1): "one"}
    key = K(1)
    print(kd[key])
    sub = L([5, 6])
    print(sub[k], sub[0])
    b = True
    print(l[b], t[False])
    f = 1.0
    try:
        print(l[f])
    except TypeError as e:
        print("TypeError:", e)
    ba = bytearray(b"xyz")
    print(ba[k])
    ba[k] = 65
    print(ba)
    r = range(10)
    print(r[k], r[-1])
    l[-1] = D(5)
    l[-1] = None
    print("end of main")


main()
print("done")
