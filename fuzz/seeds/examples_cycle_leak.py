# A reference cycle keeps its objects alive after the last outside reference goes:
# refcounting alone cannot free it. With the cycle collector disabled the objects
# leak; gc.collect() finds and frees them.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print(f"  freed {self.name}")


gc.disable()
a, b = Node("a"), Node("b")
a.other, b.other = b, a          # a <-> b
probe = weakref.ref(a)
del a, b
print("after del with gc disabled: a still alive?", probe() is not None)

# Many more cycles: nothing is freed while the collector is off.
leaked = [weakref.ref(Node(f"n{i}")) for i in range(0)]
for i in range(3):
    n = Node(f"loop{i}")
    n.other = n                  # self-cycle
    leaked.append(weakref.ref(n))
    del n
print("leaked cycles alive:", sum(w() is not None for w in leaked))

print("gc.collect() ->")
found = gc.collect()
print("unreachable objects found:", found)
print("a alive after collect?", probe() is not None)
print("leaked cycles alive:", sum(w() is not None for w in leaked))
gc.enable()
