# copy.deepcopy of nested builtin data: the memo's keys and values in insertion
# order, the keep-alive list's order, shared and cyclic references, tuples that are
# their own copy, __deepcopy__ hooks seeing the memo mid-copy, containers changed by
# a hook during their copy, a memo that is not a dict, and deep nesting.
import copy


def memo_view(memo, names):
    # The memo with ids replaced by names, so the text is the same on every run.
    out = []
    for k, v in memo.items():
        if k == id(memo):
            out.append(("keep", [names.get(id(o), type(o).__name__) for o in v]))
        else:
            out.append((names.get(k, "?"), type(v).__name__))
    return out


inner = [1, 2]
shared = {"x": inner}
tup = (1, "s", None)
tup2 = (inner, 3)
data = {"a": [inner, inner], "b": shared, "c": tup, "d": tup2, "e": {"y": (tup,)}}
names = {id(data): "data", id(inner): "inner", id(shared): "shared", id(tup): "tup",
         id(tup2): "tup2", id(data["a"]): "a", id(data["e"]): "e",
         id(data["e"]["y"]): "ey"}
memo = {}
c = copy.deepcopy(data, memo)
print(memo_view(memo, names))
print(c == data, c["a"][0] is c["a"][1], c["b"]["x"] is c["a"][0])
print(c["c"] is tup, c["d"] is not tup2, c["d"][0] is c["a"][0], c["e"]["y"][0] is tup)

cyc = [1]
cyc.append(cyc)
t = (cyc,)
ct = copy.deepcopy(t)
print(ct[0][1] is ct[0], ct is not t)
d = {}
d["me"] = d
d["t"] = (d,)
cd = copy.deepcopy(d)
print(cd["me"] is cd, cd["t"][0] is cd)


class Hook:
    def __init__(self, tag, action=None):
        self.tag = tag
        self.action = action

    def __deepcopy__(self, memo):
        seen = sorted(type(v).__name__ for k, v in memo.items() if k != id(memo))
        print("hook", self.tag, seen)
        if self.action:
            self.action()
        return Hook(self.tag + "'")


h = Hook("h")
out = copy.deepcopy({"k": [h, 5], "j": (h,)})
print(out["k"][0].tag, out["j"][0] is out["k"][0])

grow = [1]
grow.append(Hook("g", lambda: grow.append(2)))
print(len(copy.deepcopy(grow)), len(grow))

victim = {"a": 1}
victim["h"] = Hook("v", lambda: victim.update(z=1))
try:
    copy.deepcopy(victim)
except RuntimeError as e:
    print("RuntimeError:", e)

swap = {"a": 1}
swap["h"] = Hook("s", lambda: (swap.pop("a"), swap.update(b=2)))
try:
    copy.deepcopy(swap)
except RuntimeError as e:
    print("RuntimeError:", e)


class Memo(dict):
    def get(self, key, default=None):
        print("get", type(key).__name__)
        return dict.get(self, key, default)


m = Memo()
r = copy.deepcopy([[1], (2,)], m)
print(r, len(m))

deep = []
for _ in range(50):
    deep = [deep]
print(copy.deepcopy(deep) == deep)
deeper = []
for _ in range(100000):
    deeper = [deeper]
try:
    copy.deepcopy(deeper)
except RecursionError:
    print("RecursionError")

# Collections that come due in the middle of a copy.
import gc
gc.set_threshold(5)
big = [[i, (i, [i]), {"k": [i]}] for i in range(300)]
print(copy.deepcopy(big) == big)
gc.set_threshold(700, 10, 10)
