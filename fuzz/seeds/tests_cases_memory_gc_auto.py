# Checks: automatic gen-0 collection after 700 net container allocations (gc.callbacks see it), none while gc.disable()d.
import gc, weakref
class Node:
    def __init__(self):
        self.me = self
gc.collect()
n = Node(); w = weakref.ref(n); del n
keep = []
for i in range(650):
    keep.append([i])
print("before threshold", w() is None)
for i in range(100):
    keep.append([i])
print("after threshold", w() is None, gc.get_count()[0] < 100)
log = []
gc.callbacks.append(lambda phase, info: log.append((phase, info["generation"])))
for i in range(2000):
    keep.append([i])
print(log[:4], len(log) >= 4)
gc.callbacks.clear()
gc.disable()
n = Node(); w = weakref.ref(n); del n
for i in range(2000):
    keep.append([i])
print("disabled", w() is None)
gc.enable()
for i in range(800):
    keep.append([i])
print("enabled again", w() is None)
