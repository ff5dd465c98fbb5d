import sys
class L(list):
    pass
m = L([3,1,2])
print(m, repr(m), str(m), len(m), m[0], m[-1], m[1:], 2 in m, sorted(m), sum(m), max(m))
m[0] = 10; del m[1]; print(m, m == [10, 2], [10, 2] == m, m != [1], m < [11], bool(m), bool(L()))
m += [5]; print(type(m).__name__, m)
print(m + [1], type(m + [1]).__name__, [0] + m, m * 2, 2 * m)
a, b, c = m; print(a, b, c)
print(isinstance(m, list), issubclass(L, list), type(m) is L, m.__class__.__name__)
m.x = 1; print(m.x, m.__dict__)
print(list(m), tuple(m), set(m) == {10, 2, 5}, [x*2 for x in m], list(reversed(m)), m.index(2), m.count(5))
m.sort(); print(m); m.reverse(); print(m); print(m.pop(), m, m.copy(), type(m.copy()).__name__)
try: hash(m)
except TypeError as e: print(e)
class D(dict):
    def __missing__(self, k): return 0
d = D(a=1); d['b'] += 2; print(d, d['zz'], len(d), 'a' in d, list(d), d.get('q'), sorted(d.items()), d == {'a':1,'b':2})
print(isinstance(d, dict), dict(d), {**d})
for k, v in d.items(): print(k, v)
class I(int): pass
i = I(5)
print(i, repr(i), i + 1, 1 + i, i * 2, -i, abs(I(-3)), i == 5, hash(i) == hash(5), i < 6, f"{i:03d}", "%d" % i, str(i), int(i), float(i), type(i + 1).__name__, I(), I("12"), bool(I(0)), {i: 1}[5])
class F(float): pass
f = F(2.5); print(f, f + 1, f * 2, round(f), int(f), f"{f:.2f}", F(), F("1.5"))
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi")
print(s, repr(s), s.shout(), s + "x", "x" + s, s * 2, len(s), s[0], s == "hi", {"hi": 1}[s], s.split("i"), "-".join([s, s]), f"{s:>5}", str(s), type(str(s)).__name__, s in "ahib", "h" in s, int(S("42")))
class T(tuple): pass
t = T((1, 2)); print(t, t + (3,), (0,) + t, len(t), t[1], hash(t) == hash((1, 2)), t == (1, 2), T(), T([1]))
x, y = t; print(x, y)
class St(set): pass
st = St([1, 2]); st.add(3); print(sorted(st), len(st), 2 in st, st | {9} == {1,2,3,9}, st == {1,2,3}, type(st | {1}).__name__)
st |= {7}; print(type(st).__name__, sorted(st))
class FS(frozenset): pass
fs = FS([1]); print(fs, hash(fs) == hash(frozenset([1])), fs | {2})
