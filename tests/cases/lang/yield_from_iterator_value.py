class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done", 2)
        return self.n
def g():
    r = yield from It()
    print("returned", r)
    r = yield from iter([])
    print("returned", r)
    return 7
print(list(g()))
def g2():
    x = yield from g()
    print("g2 got", x)
for v in g2(): print("v", v)
class It2:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
def g3():
    r = yield from It2()
    print("r", r)
list(g3())
class It3:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(None)
def g4():
    print((yield from It3()))
list(g4())
gen = g()
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("stop", e.value)

