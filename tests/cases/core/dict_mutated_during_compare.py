# An __eq__ that empties the dict being searched or compared: the lookup starts
# again (or finds nothing) as CPython's does, never touching a removed entry.
class K:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, other):
        self.d.clear()
        return True
d1 = {}
d2 = {}
k1 = K(d2)
d1[k1] = 1
d2[K(d1)] = 1
try:
    print(d1 == d2)
except Exception as e:
    print(type(e).__name__, e)
class Evil:
    def __init__(self, target): self.t = target
    def __hash__(self): return 7
    def __eq__(self, o):
        self.t.clear(); return True
d = {}
d[Evil(d)] = "a"
print(d.get(Evil(d)), len(d))
d = {}
d[Evil(d)] = "a"
try:
    print(d[Evil(d)])
except KeyError as e:
    print("KeyError")
