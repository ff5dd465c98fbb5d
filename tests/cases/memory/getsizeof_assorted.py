# sys.getsizeof across builtin objects built in different ways (lists from sorted/map/
# comprehensions/slices, dicts, sets, strs, ints, iterators, views, exceptions).
import sys
f = sys.getsizeof
L = [3, 1, 2, 5, 4, 9, 7]
print(f(sorted(L)), f(list(map(str, L))), f(list(x for x in L)), f([x for x in L]), f(L + L), f(L[1:5]), f(L[::2]), f(L.copy()), f(list(reversed(L))), f(list(L)), f(list(range(7))), f(L * 3))
print(f(list({1: 2, 3: 4})), f(list({1, 2, 3})), f(list("abcdefg")), f(list(zip(L, L))), f(list(enumerate(L))), f(list(filter(None, L))), f(tuple(L)), f(tuple(x for x in L)))
d = {}
for i in range(10): d[i] = i
print(f(d), f(dict(d)), f(d.copy()), f({i: i for i in range(10)}), f(dict.fromkeys(range(10))), f(dict(zip(range(10), range(10)))))
s = set()
for i in range(10): s.add(i)
print(f(s), f(set(range(10))), f({i for i in range(10)}), f(frozenset(range(10))), f(s.copy()), f(s | {100}), f(set("hello world")))
print(f("x".join(["a"] * 10)), f("abc" * 5), f(str(12345)), f(repr(1.5)), f(f"{1}{2}"), f("é" * 3), f("€"), f("😀"), f("a€"))
print(f(1), f(2**30), f(2**60), f(2**64), f(-2**100), f(0), f(True), f(None), f(1.0), f(range(5)), f(slice(1, 2)))
def g(): yield 1
class C:
    def m(self): pass
print(f(g()), f(C().m), f(C), f(g), f(lambda: 1), f(C()), f(iter([])), f(iter(())), f(iter({})), f(zip()), f(map(str, [])), f(enumerate([])))
print(f({}.keys()), f({}.items()), f(reversed([])), f(iter("abc")), f(iter(range(3))), f(Exception()), f(ValueError("x")))
