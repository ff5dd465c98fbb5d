import sys
class V:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
d = {"a": V(1), "b": V(2)}
def run():
    d["a"] = V(3)
    print("after replace")
    d["c"] = V(4)
    print(sorted(d), sys.getrefcount(d["c"]))
    {"x": V(5)}["x"] = V(6)
    print("temp dict done")
run()
class S(str):
    def __hash__(s): return hash(str(s))
    def __eq__(s, o): print("S.eq"); return str(s) == o
e = {S("k"): 1}
e["k"] = 2
print(e)
import gc
f = {}
print(gc.is_tracked(f)); f["x"] = 1; print(gc.is_tracked(f)); f["y"] = []; print(gc.is_tracked(f))
for i in range(3):
    f["z" + str(i)] = i
print(f)
del d
print("end")
