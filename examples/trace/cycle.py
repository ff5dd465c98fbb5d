# A reference cycle leaks while the collector is off; gc.collect() finds it.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("collected", self.name)


gc.disable()
a = Node("a")
b = Node("b")
a.other = b
b.other = a        # a <-> b: each keeps the other's refcount above zero
del a
del b              # unreachable, but still alive: a leak
print("after del: the pair is still on the heap")
found = gc.collect()
print("gc.collect() found", found, "objects")
gc.enable()
