# str indexing, iteration, `in` and `+` on the dispatch loop's fast paths: the
# one-character singletons, negative indices, the errors, non-ASCII text, and the
# counts and identities CPython gives.
import gc
import sys

s = "hello, world"
print(s[0], s[-1], s[4], s[-12])
h = "hello"
xay = "xay"
print(s[1] is h[1], s[0] is chr(104))
print(xay[1] is chr(97), xay[1] == "a", xay[1] is "a"[0:1])
try:
    s[12]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-13]
except IndexError as e:
    print("IndexError:", e)
u = "héllo wörld ☃"
print(u[1], u[-1], u[7], [u[i] for i in range(-3, 0)])

c = s[3]
print(sys.getrefcount(c) > 100)
out = []
for ch in "abcab":
    out.append(ch)
print(out, out[0] is out[3])
print([ch for ch in ""], [ch for ch in "é☃x"])
it = iter("ab")
print(next(it), next(it), next(it, "end"))


class S(str):
    pass


print([ch for ch in S("sub")], S("sub")[1], type(S("sub")[1]))

vowels = "aeiou"
print(sum(1 for ch in "programming language" if ch in vowels))
print("" in "abc", "abc" in "abc", "abcd" in "abc", "b" not in "abc")
print("ö" in u, "wör" in u, "x" not in u)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)

a = "ab" * 3
b = "cd"
t = a + b
print(t, a + "" is a, "" + b is b, sys.getrefcount(t))
before = gc.get_count()[0]
parts = []
for k in range(50):
    parts.append(str(k) + "-" + "x")
print(parts[:3], parts[-1], gc.get_count()[0] - before < 5)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)


class R(str):
    def __add__(self, other):
        return "R+" + str.__add__(self, other)

    def __radd__(self, other):
        return "radd:" + other


print(R("x") + "y", "y" + R("x"))
