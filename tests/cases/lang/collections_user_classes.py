# collections.UserDict / UserList / UserString: wrappers over .data built on the
# collections.abc mixins (lazily made on first access), and collections.abc itself.
import collections
from collections import UserDict, UserList, UserString
d = UserDict({"a": 1}, b=2)
print(d, len(d), d["a"], "b" in d, d.get("z", 0), sorted(d), type(d).__name__, UserDict.__module__)
class Dflt(UserDict):
    def __missing__(self, k): return k * 2
x = Dflt()
print(x["q"], "q" in x, x.get("q"))
d2 = d | {"c": 3}
print(type(d2).__name__, d2, {"z": 0} | d)
d |= {"e": 5}
c = d.copy()
c["f"] = 6
print(d, c, UserDict.fromkeys("ab", 0))
del d["a"]
print(d, d.pop("b"), d.setdefault("n", 7), d)
print(isinstance(d, collections.abc.MutableMapping), d == {"e": 5, "n": 7})
l = UserList([3, 1, 2])
l.append(0); l.sort(); print(l, l[1:], type(l[1:]).__name__, l[0], len(l), 2 in l)
print(l + [9], [8] + l, l * 2, 2 * l, l == [0, 1, 2, 3], l < [5], l.index(2), l.count(1))
l += (7,); l *= 1; l.extend(UserList([4])); l.reverse(); print(l, l.pop(), l)
l[0] = 10; del l[1]; l.insert(0, -1); print(l, list(reversed(l)), l.copy(), type(l.copy()).__name__)
s = UserString("Hello")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s + "!", "<" + s, s * 2, s[1:3], len(s), "ell" in s)
print(s == "Hello", s < "World", s.split("l"), s.find("l"), s.replace("l", "L"), int(UserString("42")) + 1)
print(hash(s) == hash("Hello"), s.center(9, "*"), UserString("%s-%d") % ("a", 1), s.startswith("He"), sorted(s))
print(UserDict.__mro__[1], UserList.__mro__[1], UserString.__mro__[1])
try:
    collections.Nope
except AttributeError as e:
    print(e)
