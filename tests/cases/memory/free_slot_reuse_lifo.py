# Freed objects' ids are reused last freed first (as CPython's allocator hands back the
# most recently freed block of a size): after a mass free, new objects of the same kind
# take the freed ids in reverse order of freeing. Also: presized dicts' sizes as they grow.
import sys

objs = [[i] for i in range(6)]
ids = [id(o) for o in objs]
del objs[5]
del objs[4]
a = [100]
b = [101]
print(id(a) == ids[4], id(b) == ids[5])
c = [102]
print(id(c) not in (id(a), id(b)))
del a, b
e1 = [103]
e2 = [104]
print(id(e1) == ids[5], id(e2) == ids[4])
d = {"k%d" % i: i for i in range(7)}
print(sys.getsizeof(d))
d["k7"] = 7
print(sys.getsizeof(d))
d["k8"] = 8
d["k9"] = 9
print(sys.getsizeof(d))
d["k10"] = 10
print(sys.getsizeof(d))
e = dict(a=1, b=2, c=3, d=4, e=5, f=6)
e["g"] = 7
print(sys.getsizeof(e), sys.getsizeof({"a": 1, "b": 2}), sys.getsizeof(dict.fromkeys(range(12))))
