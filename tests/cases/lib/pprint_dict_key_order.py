# pprint's order of dict items: exact int keys, exact str keys, mixed keys, bools
# and int subclasses beside ints, floats with a NaN, keys whose __lt__ runs Python
# code (how often it is called), sort_dicts=False; and builtin containers next to
# subclasses and classes whose __repr__ changes between two calls.
import pprint


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return "Key(%r)" % self.v


class MyInt(int):
    pass


class MyList(list):
    pass


cases = [
    {3: "c", 1: "a", 2: "b", -7: "n", 10**20: "big"},
    {"pear": 1, "apple": 2, "fig": [3, {"z": 1, "a": 2}]},
    {1: "one", "two": 2, None: 0},
    {True: "t", 2: "two", 0: "zero"},
    {MyInt(5): "m", 3: "i"},
    {1.5: "x", float("nan"): "nan", 0.5: "y"},
    {Key(2): "b", Key(1): "a", Key(3): "c"},
    {(2, 1): "t", (1, 9): "u"},
    [{5: 6, 7: 8}, ("s", (1, 2), [3, 4])] * 3,
    MyList([{2: 1, 1: 2}]),
    {"k" * 30: {i: str(i) * 5 for i in range(12, 0, -1)}},
]
for c in cases:
    print(pprint.saferepr(c))
    print(pprint.pformat(c, width=60))
    print(pprint.pformat(c, sort_dicts=False, width=60))


class Shown:
    def __repr__(self):
        return "first"


print(pprint.pformat([Shown(), {1: Shown()}]))
Shown.__repr__ = lambda self: "second"
print(pprint.pformat([Shown(), {1: Shown()}]))
MyList.__repr__ = lambda self: "MyList!"
print(pprint.pformat(MyList([1, 2])), pprint.pformat([MyList([3])]))
