# Operators between instances of Python classes with no builtin part: the left
# method, NotImplemented and the reflected method, a subclass's override asked
# first, `!=` from `__eq__`, identity as the last `==`, and the TypeErrors.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        print("V.add")
        return V(self.x + o.x) if isinstance(o, V) else NotImplemented

    def __radd__(self, o):
        print("V.radd")
        return NotImplemented

    def __eq__(self, o):
        print("V.eq", type(o).__name__)
        return self.x == o.x if isinstance(o, V) else NotImplemented

    def __lt__(self, o):
        print("V.lt")
        return self.x < o.x

    def __repr__(self):
        return "V(%r)" % self.x


class W(V):
    def __radd__(self, o):
        print("W.radd")
        return "W wins"

    def __gt__(self, o):
        print("W.gt")
        return "W.gt result"


class Plain:
    pass


class Other:
    def __radd__(self, o):
        return "Other.radd"

    def __eq__(self, o):
        print("Other.eq")
        return NotImplemented


a, b = V(1), V(2)
print(a + b, a == b, a != b, a < b, b > a)
print(a + W(5), a < W(5))
print(V(1) + Other(), a == Other(), Other() == a)
p, q = Plain(), Plain()
print(p == q, p != q, p == p, p != p)
for expr in ("p + q", "p < q", "a - b", "a >= Plain()", "p * q"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)


class Deep:
    def __eq__(self, o):
        return self == o


try:
    Deep() == Deep()
except RecursionError as e:
    print("RecursionError:", e)
total = 0
for i in range(300):
    total += (V(i) + V(1)).x
    if V(i) < V(150):
        total += 1
print(total)
