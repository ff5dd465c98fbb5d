# Checks: CPython's lazy GC tracking: dicts start untracked until a container goes in, stay tracked until a full collection; tuples of atoms are untracked by a collection.
import gc
x = 1
t = (x, 2)
t2 = (x, [])
print("new tuples", gc.is_tracked(t), gc.is_tracked(t2), gc.is_tracked(()))
gc.collect()
print("after collect", gc.is_tracked(t), gc.is_tracked(t2))
t4 = (t, x)
print("outer", gc.is_tracked(t4))
gc.collect()
print("outer after collect", gc.is_tracked(t4))
d = {}
d[1] = (x, 2)
print("dict with tracked tuple", gc.is_tracked(d), "with untracked tuple", gc.is_tracked({1: t}))
d4 = {"a": []}
del d4["a"]
print("emptied dict", gc.is_tracked(d4))
gc.collect(0)
print("after gen0 collect", gc.is_tracked(d4))
gc.collect()
print("after full collect", gc.is_tracked(d4))
class C:
    pass
c = C()
print("instance dict", gc.is_tracked(c.__dict__))
c.a = []
print("instance dict with list", gc.is_tracked(c.__dict__))
print(gc.is_tracked({1: C}), gc.is_tracked({1: "s"}), gc.is_tracked({1: 1.5, 2: None}), gc.is_tracked({(1, 2): 1}))
print(gc.is_tracked(dict(a=1)), gc.is_tracked(dict(a=[])), gc.is_tracked({k: 1 for k in "ab"}), gc.is_tracked({k: [] for k in "ab"}))
