import sys, random
r = random.Random(7)
for trial in range(60):
    n = r.randrange(0, 70); m = r.randrange(0, 70)
    a = set(r.randrange(0, 150) for _ in range(n))
    b = set(r.randrange(0, 150) for _ in range(m))
    if trial % 3 == 0:
        for k in list(a)[: n // 2]:
            a.discard(k)
    if trial % 4 == 0:
        a = frozenset(a)
    res = [set(a), frozenset(a), a.copy(), a.union(b), a.intersection(b), a.difference(b), a ^ b, b ^ a,
           a.symmetric_difference(b), {*a}, {*a, *b}]
    c = set(a); c |= b; res.append(c)
    c = set(a); c &= b; res.append(c)
    c = set(a); c -= b; res.append(c)
    c = set(a); c ^= b; res.append(c)
    c = set(b); c.update(a); res.append(c)
    for x in res:
        print(list(x), sys.getsizeof(x), type(x).__name__)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v)
        return self.v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, H) and o.v == self.v
    def __repr__(self): return "H(%d)" % self.v
s = {H(1), H(2), H(9)}
t = {H(2), H(3)}
print("union"); print(len(s | t))
print("inter"); print(len(s & t))
print("diff"); print(len(s - t))
print("copy"); print(len(set(s)))
print("update"); u = set(t); u.update(s); print(len(u))
print("le"); print(s <= t, {H(2)} <= t)
print(sys.getsizeof(set(range(100)) - {1}), sys.getsizeof(set(range(100)) | {1}), sys.getsizeof(frozenset(range(1000)) & set(range(10))))
# Tables grown, shrunk and copied as CPython lays them out.
a = set(range(0, 400, 3)); b = set(range(0, 400, 7))
for k in range(0, 400, 2):
    a.discard(k)
print(list(a - b)[:20], sys.getsizeof(a - b), sys.getsizeof(a))
a -= set(range(0, 400, 5)); print(sys.getsizeof(a), list(a)[:10])
c = {1000 + i * 64 for i in range(20)}
print(list(c), list(c | {1000 + 8 * 64 + 1}), list(frozenset(c) & c))
print(min(frozenset({5, 9, 1})), max({2.5, 1.5}), min([3, 1, 2]), max([1, 2.0, 2]))
