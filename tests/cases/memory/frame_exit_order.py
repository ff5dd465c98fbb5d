# Locals die first to last when a frame returns (CPython clears localsplus in order,
# then the function), including arguments, cells, the loop iterator and generators.
log = []
class D:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)
def f(a, b):
    c = D(3)
    for x in [D(4)]:
        return 1
f(D(1), D(2)); print(log); log.clear()
def g():
    a = D(1); b = D(2)
    def inner(): return a
    return inner
h = g(); print(log); h = None; print(log); log.clear()
class K:
    def m(self, x):
        y = D(2)
        return 0
K().m(D(1)); print(log); log.clear()
def gen():
    a = D(1); b = D(2)
    yield 1
for _ in gen(): pass
print(log); log.clear()
