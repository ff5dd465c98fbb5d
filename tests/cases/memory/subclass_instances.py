# getsizeof, getrefcount and the cycle collector with instances of builtin subclasses.
import gc
import sys


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class T(tuple):
    pass


class St(set):
    pass


class FS(frozenset):
    pass


for c in [L, D, I, F, S, T, St, FS]:
    print(c.__name__, sys.getsizeof(c()))
print(sys.getsizeof(L([1, 2, 3])), sys.getsizeof(I(2**70)), sys.getsizeof(S("abc")))
print(sys.getsizeof(S("é")), sys.getsizeof(S("€€")), sys.getsizeof(T((1, 2))), sys.getsizeof(D(a=1)))
x = L()
x.a = 1
print(sys.getsizeof(x))
print(gc.is_tracked(L()), gc.is_tracked(D()))

m = L([object()])
print(sys.getrefcount(m))
alias = m
print(sys.getrefcount(m))
del alias
print(sys.getrefcount(m))

# A cycle through the payload is found and freed.
gc.collect()
freed = []


class Node(L):
    def __del__(self):
        freed.append(len(self))


n = Node([1, 2])
n.append(n)
del n
print(gc.collect() >= 1, freed)

d = D()
d["self"] = d
del d
print(gc.collect() >= 1)
