class I:
    def __init__(s, n, v): s.n = n; s.v = v
    def __index__(s): return s.v
    def __del__(s): print("del", s.n)
l = list(range(10))
print(l[I("start", 1):I("stop", 8):I("step", 2)])
print("after get")
l[I("a", 0):I("b", 2)] = "xy"
print("after set", l)
del l[I("c", 5):I("d", 7)]
print("after del", l)
s = slice(I("e", 1), I("f", 3), None)
print(l[s])
del s
print("end")
perm = list(range(8))
for k in range(1, 7):
    perm[:k + 1] = perm[k::-1]
print(perm)
