# Checks: order of __del__ calls when containers die: list and tuple items, dict values, instance attributes, nested.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(" del", self.name)
print("list")
L = [N("l0"), N("l1"), N("l2")]
del L
print("tuple")
T = (N("t0"), N("t1"), N("t2"))
del T
print("dict")
D = {"a": N("d0"), "b": N("d1"), "c": N("d2")}
del D
print("instance attrs")
o = N("owner")
o.x = N("attr-x")
o.y = N("attr-y")
del o
print("nested")
nest = [N("outer0"), [N("inner0"), N("inner1")], N("outer2")]
del nest
print("done")
