# match statements (PEP 634): every pattern kind, binding rules and evaluation order.
import collections
import collections.abc


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Color:
    RED = 1
    GREEN = 2

    class Inner:
        BLUE = 3


class Noisy:
    """Logs every equality test made against it."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  eq", self.v, other)
        return self.v == other


def describe(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "a" "b":
            return "ab"
        case b"raw":
            return "bytes raw"
        case Color.RED:
            return "red"
        case Color.Inner.BLUE:
            return "blue"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [x, y]:
            return f"pair {x!r} {y!r}"
        case [1, *rest]:
            return f"starts with 1, rest {rest!r}"
        case [*init, "end"]:
            return f"ends with 'end', init {init!r}"
        case {}:
            return f"mapping {v!r}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point():
            return f"somewhere: {v!r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n) | float(n):
            return f"number {n!r}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return f"other {type(v).__name__}"


for v in [None, True, False, 0, -1, 1.5, 1, 2.0, 1000, "ab", "xyz", b"raw", 2, 3,
          [], (), [7], (7,), [1, 2], (3, 4), [1, 2, 3], [9, 8, "end"], "end",
          {}, {"a": 1}, Point(0, 0), Point(0, 5), Point(5, 0), Point(2, 3),
          {1, 2}, range(0), range(3), range(1, 5), b"", bytearray(b"xy"), object]:
    print(repr(v) if not isinstance(v, type) else v.__name__, "->", describe(v))

# 1 == 1.0 == True, but True/False/None match by identity only.
for v in [1, 1.0, True]:
    match v:
        case True:
            print(v, "is True")
        case 1:
            print(v, "== 1")

# Mappings: extra keys are fine, **rest collects them; get() is used, not __getitem__.
def mapping(m):
    match m:
        case {"type": "point", "x": x, "y": y, **rest}:
            return ("point", x, y, rest)
        case {"type": t, **rest} if not rest:
            return ("bare", t)
        case {"type": t}:
            return ("typed", t)
        case {1: one, 2: _}:
            return ("numeric", one)
        case {**rest}:
            return ("any mapping", rest)
    return "no match"


print(mapping({"type": "point", "x": 1, "y": 2}))
print(mapping({"type": "point", "x": 1, "y": 2, "z": 3}))
print(mapping({"type": "circle"}))
print(mapping({"type": "circle", "r": 1}))
print(mapping({1: "one", 2: "two"}))
print(mapping({"other": 1}))
print(mapping([("type", 1)]))
dd = collections.defaultdict(list)
print(mapping(dd), dict(dd))
od = collections.OrderedDict(type="ordered")
print(mapping(od))


class LoggingDict(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)

    def __getitem__(self, key):
        print("  getitem", key)
        return super().__getitem__(key)


match LoggingDict(a=1, b=2):
    case {"a": 1, "b": bb}:
        print("logging dict matched", bb)


class MyMapping(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


match MyMapping({"k": 1, "j": 2}):
    case {"k": k, **rest}:
        print("abc mapping", k, rest)


# Sequences: str/bytes/bytearray are not sequences here; tuples, lists, ranges, deques
# and collections.abc.Sequence subclasses are.
class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

    def __len__(self):
        print("  len")
        return len(self.items)


def seq(v):
    match v:
        case [a, b, *_, c]:
            return ("3+", a, b, c)
        case (a, b):
            return ("2", a, b)
        case [*_]:
            return "any sequence"
        case _:
            return "not a sequence"


for v in ["ab", b"ab", bytearray(b"ab"), (1, 2), [1, 2, 3, 4, 5], range(10, 14),
          collections.deque([1, 2]), {1: 2}, iter([1, 2])]:
    print(type(v).__name__, seq(v))
print(seq(MySeq(1, 2, 3)))
match MySeq(1, 2, 3):
    case [first, *others]:
        print("unpacked", first, others)

# Nested patterns, captures in or-patterns bound in the first alternative's order.
def nested(v):
    match v:
        case [Point(x=a, y=b) | (a, b), *_] as whole:
            return ("first is a point-ish", a, b, len(whole))
        case {"points": [Point(x=0) as p, *_]}:
            return ("first point on the axis", p)
        case [[1, x] | [x, 2], [y, 3] | [3, y]]:
            return ("pairs", x, y)
        case ((1 | 2 | 3) as small, big) if big > small:
            return ("ordered", small, big)
    return None


print(nested([Point(1, 2), 5]))
print(nested([(3, 4)]))
print(nested({"points": [Point(0, 9)]}))
print(nested([[1, 5], [3, 7]]))
print(nested([[9, 2], [8, 3]]))
print(nested([2, 10]))
print(nested([5, 10]))

# A failed case binds nothing; a matched case binds before the guard runs.
x = "unset"
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        print("x after failed case:", x)
match [1, 2]:
    case [x, y] if print("guard sees", x, y) or False:
        pass
    case _:
        print("x, y after failed guard:", x, y)

# Value patterns and literal order of evaluation.
match Noisy(2):
    case 1:
        print("one")
    case 2:
        print("two")

# Subject forms: tuples without parentheses, starred subjects, walrus.
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match a, *rest:
    case [1, 3, 4]:
        print("starred subject")
match (n := 5):
    case 5:
        print("walrus subject", n)

# Class patterns with builtins that match themselves, subclasses, keywords.
class MyInt(int):
    pass


class WithArgs(int):
    __match_args__ = ("double",)

    @property
    def double(self):
        return self * 2


for v in [5, True, MyInt(7), "s", [1], (1,), {1: 2}, {1}, frozenset(), 1.5, b"b",
          bytearray(b"c")]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i, type(i).__name__)
        case str(s) | bytes(s) | bytearray(s):
            print("text-ish", s)
        case list(l) | tuple(l):
            print("list/tuple", l)
        case dict(d) | set(d) | frozenset(d):
            print("dict/set", d)
        case float(real=r):
            print("float with real", r)

match WithArgs(4):
    case WithArgs(r):
        print("match args", r)
match 3:
    case int(real=3, imag=0):
        print("int attributes")
match Point(1, 2):
    case Point(1, y=2):
        print("positional and keyword")
    case Point(missing=1):
        print("unreachable")


class NoArgs:
    pass


match NoArgs():
    case NoArgs():
        print("no args class")
match NoArgs():
    case NoArgs(missing=_):
        print("wrong")
    case object():
        print("missing attribute is no match")

# Instance checks go through __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", obj)
        return obj == "yes"


class Virtual(metaclass=Meta):
    pass


for v in ["yes", "no"]:
    match v:
        case Virtual():
            print(v, "is Virtual")
        case _:
            print(v, "is not")

# Control flow inside cases.
def find(items):
    for i in items:
        match i:
            case 0:
                continue
            case "stop":
                break
            case int(n) if n < 0:
                return f"negative {n}"
            case _:
                print("item", i)
    else:
        return "loop ended"
    return "stopped"


print(find([0, 1, "stop", 2]))
print(find([0, 2, -3]))
print(find([1]))


def gen(items):
    for i in items:
        match i:
            case [x, y]:
                yield x + y
            case x:
                yield x


print(list(gen([[1, 2], 3, (4, 5)])))

# Class-body and nested-scope captures.
class Body:
    match [1, 2]:
        case [first, second]:
            pass


print(Body.first, Body.second)


def outer():
    match {"a": 1}:
        case {"a": value}:
            pass
    return lambda: value


print(outer()())

# Soft keywords stay names.
match = [1, 2]
case = {"k": 1}
print(match, case)
match[0] = 5
print(match[0], case["k"])
_ = "underscore"
print(_)


def match(x):
    return f"match({x})"


print(match(3))
match (1, 2):
    case (1, _):
        print("match call shape is still a statement")
