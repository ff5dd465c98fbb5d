# `x in c` and comparisons of strings answered in the evaluation loop must agree
# with the general protocol: numeric equality across types, NaN identity, str
# subclasses and user __eq__, unhashable keys.
nan = float("nan")
s = {1, 2.5, "a", nan}
print(1 in s, 1.0 in s, True in s, 2.5 in s, "a" in s, "b" in s, nan in s, float("nan") in s)
print(2 ** 70 in {2.0 ** 70}, 2.0 ** 70 in {2 ** 70}, 2.0 ** 70 in [2 ** 70], 2.5 in [2 ** 70])
d = {"k": 1, 2: "two"}
print("k" in d, "z" in d, 2 in d, 2.0 in d, "k" not in d)
l = [1, "x", None, 3.0]
print(3 in l, None in l, "x" in l, "y" in l, 4 not in l, nan in [nan], float("nan") in [nan])
t = (1, [2], "q")
print([2] in t, "q" in t, 0 in t)


class S(str):
    def __eq__(self, o):
        print("S.__eq__")
        return str.__eq__(self, o)

    __hash__ = str.__hash__


print(S("x") in ["x"], "x" in [S("x")], S("k") in d)


class E:
    def __eq__(self, o):
        print("E.__eq__", o)
        return o == 3


print(3 in [E()], 3 in {1: E()}.values())
try:
    [1] in {1, 2}
except TypeError as e:
    print(e)
try:
    {} in {"a": 1}
except TypeError as e:
    print(e)
print("ab" < "b", "ab" == "a" + "b", "é" > "z", "a" != "a", "" <= "", S("b") > "a")
print([1, 2] == [1, 2], (1, "a") <= (1, "a"), ["a"] > ["A"])
words = ["pear", "apple", "fig"]
print([w for w in words if w > "b"], sorted(words), min(words), max(words))
