# sum() over objects: each step lets go of the old total before the item, as
# CPython's builtin_sum does (visible in the finalizers' order).
class V:
    def __init__(self, n): self.n = n
    def __add__(self, o): return V(self.n + o.n)
    def __del__(self): print("del", self.n)
r = sum((V(i) for i in range(1, 4)), V(0))
print("result", r.n)
