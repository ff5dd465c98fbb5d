import pprint
class R:
    n = 0
    def __init__(self, k): self.k = k
    def __repr__(self):
        R.n += 1
        return "R(%d)" % self.k
shared = [R(1), R(2), {"a": R(3), "b": [R(4)] * 3}]
data = [shared] * 3 + [[R(i) for i in range(5)], (R(9), shared)]
for width in (10, 40, 80, 200):
    R.n = 0
    s = pprint.pformat(data, width=width)
    print(width, R.n, len(s))
R.n = 0
print(pprint.saferepr(data), R.n)
R.n = 0
print(pprint.isreadable(data), pprint.isrecursive(data), R.n)
R.n = 0
pprint.pprint({"x": data, "y": shared}, width=30, compact=True); print(R.n)
R.n = 0
pprint.pprint({"x": data}, depth=2); print(R.n)
