# Checks: __del__ sees the object's attributes intact; attributes are released after __del__ returns.
class Part:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print(" del part", self.n)
class Whole:
    def __init__(self):
        self.v = 42
        self.part = Part(1)
    def __del__(self):
        print(" del whole sees v =", self.v, "and part", self.part.n)
w = Whole()
print("deleting whole")
del w
print("after")
