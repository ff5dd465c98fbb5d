t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t))
print("héllo".translate({ord("é"): "e", ord("l"): None, 111: 0x263a}))
print(str.maketrans({"a": "1", 98: None, "c": 67}))
print("abc".maketrans("a", "b"))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} and {b}".format_map(D(a=1)))
print("{x[0]}-{x[1]:>4}".format_map({"x": [1, 2]}))
for bad in [lambda: "{0}".format_map({}), lambda: "{a}".format_map({}), lambda: str.maketrans("ab", "c"),
            lambda: str.maketrans([1]), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: "a".translate(),
            lambda: "abc".translate([None, "q"]), lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("abc".translate(["x"] * 200))
print([1, 2] == [1, 2, 3], (1, 2) < (1, 2, 3), [1, [2, 3]] < [1, [2, 4]], [] == [])
print(([], 1) in {1: 2}.items() if False else (1, 2) in {1: 2}.items(), (1, 3) in {1: 2}.items(), 5 in {1: 2}.items())
try: ([], 1) in {1: 2}.items()
except TypeError as e: print(e)
try: [] in {1}
except TypeError as e: print(e)
class K:
    __eq__ = lambda s, o: True
    __hash__ = object.__hash__
print(K() in {1, 2}, 1 in frozenset([1]), 3 in {1, 2})
class X:
    def __eq__(self, o):
        print("eq called")
        return True
print([X()] == [X(), 1], (X(),) == (X(), 1))
