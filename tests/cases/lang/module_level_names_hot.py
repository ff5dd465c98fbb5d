# Module-level names (LOAD_NAME / STORE_NAME / STORE_GLOBAL) read and rebound in a
# loop: values, rebinding frees the old value at once, class bodies and exec with
# a separate locals mapping still look in their own namespace first.
import gc
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


total = 0
i = 0
while i < 2000:
    total = (total + i * 3) % 1_000_003
    i += 1
print(total, i)

x = D(1)
for k in range(2, 5):
    print("rebinding to", k)
    x = D(k)
print("after loop")
del x

big = 10**6 + 1
print(sys.getrefcount(big))
y = big
print(sys.getrefcount(big))
y = 0
print(sys.getrefcount(big))


def setter():
    global g
    for n in range(3):
        g = D(10 + n)
        print("set", g.n)


setter()
g = None
print("g cleared")

name = "module"


class C:
    name = "class"
    seen = name
    for _ in range(3):
        seen = seen + "!"


print(C.seen, name)

ns = {"v": 1}
loc = {"v": 100}
exec("for _ in range(3):\n    v = v + 1\nw = v", ns, loc)
print(ns["v"], loc["v"], loc["w"], "w" in ns)

g2 = {}
exec("a = 1\na = 2\nb = a", g2)
print(g2["a"], g2["b"], gc.is_tracked(g2))

g3 = {"__builtins__": __builtins__}
exec("q = 5\nfor _ in range(2):\n    q = []\n", g3)
print(gc.is_tracked(g3), g3["q"])

try:
    while True:
        undefined_name_here
except NameError as e:
    print(e)
