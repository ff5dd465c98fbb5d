# Checks: reference cycles are not freed by refcounting; gc.collect() return values with the collector disabled.
import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print(" del", self.name)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
print("drop the pair")
del a, b
print("nothing freed yet; collecting")
print("collected", gc.collect())
print("self-referencing list")
l = []
l.append(l)
del l
print("collected", gc.collect())
print("dict cycle")
d = {}
d["self"] = d
del d
print("collected", gc.collect())
print("no garbage", gc.collect())
print("isenabled", gc.isenabled())
gc.enable()
print("isenabled", gc.isenabled())
