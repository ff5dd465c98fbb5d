# Checks: recursion through __repr__: builtin containers print [...] for self-reference; user __repr__ cycles raise RecursionError.
L = [1]
L.append(L)
print("self list", L, repr(L))
d = {"k": 1}
d["self"] = d
print("self dict", d)
a = []; b = [a]; a.append(b)
print("two lists", a)
class Box:
    def __init__(self):
        self.inner = None
    def __repr__(self):
        return f"Box({self.inner!r})"
x = Box()
x.inner = [1, 2]
print("normal", x)
x.inner = x
try:
    repr(x)
except RecursionError as e:
    print("user repr cycle:", e)
y = Box()
y.inner = [y]
try:
    print(y)
except RecursionError as e:
    print("via list:", e)
