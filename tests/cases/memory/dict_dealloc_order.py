# A dict that dies lets go of each entry's key, then its value, in insertion order,
# before the statement that dropped it returns: finalizers and weak-reference callbacks
# run in CPython's order whatever holds the dict (a name, a tuple, a list, another dict,
# an instance attribute, a frame's kwargs).
import gc
import sys
import weakref

log = []


class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


class K(R):
    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self is other


def show(label):
    print(label, log)
    log.clear()


d = {K("k1"): R("v1"), "s": [R("l1"), R("l2")], K("k2"): {"x": R("inner")}, "t": (R("t1"),)}
d = None
show("rebound:")

d = {"a": R("a"), "b": R("b")}
del d
show("del:")

t = ({"a": R("ta")}, R("tb"), {"c": R("tc")})
del t
show("in tuple:")

l = [{"a": R("la")}, {"b": R("lb")}]
l.clear()
show("list.clear:")

outer = {"one": {"two": {"three": R("deep")}, "sib": R("sib")}, "after": R("after")}
outer.clear()
show("nested clear:")


class Holder:
    def __init__(self):
        self.d = {"h1": R("h1"), "h2": R("h2")}
        self.after = R("hafter")


h = Holder()
del h
show("attribute:")


def take(**kw):
    return len(kw)


take(x=R("kw1"), y=R("kw2"))
show("kwargs:")

cb = []
k = K("wk")
v = R("wv")
w1 = weakref.ref(k, lambda r: cb.append("key callback"))
w2 = weakref.ref(v, lambda r: cb.append("value callback"))
d = {k: v}
del k, v
d = {}
print("weakref callbacks:", cb, w1(), w2())
show("weak:")

deep = {}
cur = deep
for i in range(40):
    cur["next"] = {}
    cur["v"] = R(i)
    cur = cur["next"]
del cur
before = len(log)
del deep
print("deep chain freed:", len(log) - before, log[:3], log[-2:])
log.clear()


class Resurrect:
    saved = []

    def __del__(self):
        Resurrect.saved.append(self)
        log.append("resurrected")


d = {"r": Resurrect(), "n": R("n")}
del d
show("resurrect:")
print(len(Resurrect.saved), sys.getrefcount(Resurrect.saved[0]))

d = {i: R(i) for i in range(5)}
print(gc.is_tracked(d), sys.getsizeof({}), sys.getsizeof(d))
d = {1: 2}
show("comprehension:")
print(sys.getsizeof(d), sys.getsizeof({"a": 1}))
