# `match` and `case` are soft keywords: statements only where CPython's grammar puts
# them (one-line case bodies, any pattern after `case`), ordinary names everywhere else.


def classify(x):
    match x:
        case 1: return "one"
        case [a, b]: return f"pair {a} {b}"
        case {"k": v}: return f"k={v}"
        case (1 | 2) as n: return f"small {n}"
        case str() if x: return "str"
        case -3: return "minus three"
        case None: return "none"
        case _: return "other"


for x in [1, 2, [3, 4], {"k": 5}, "s", -3, None, 1.5, ""]:
    print(repr(x), classify(x))

# one-line bodies with several statements, and a block body mixed in
for x in range(3):
    match x:
        case 0: print("zero"); print("still zero")
        case 1:
            print("one")
        case _: pass
    print("after", x)

# nested match in a case body
match (1, 2):
    case (a, b):
        match a + b:
            case 3: print("three")
            case _: print("not three")

# subject forms
match 1, 2:
    case (1, 2): print("tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]: print("starred subject")
match (y := 5):
    case 5: print("walrus subject", y)
match -1:
    case -1: print("negative literal")
match [1]:
    case [1]: print("list subject")
match {1: 2}:
    case {1: 2}: print("dict subject")

# `match` and `case` as ordinary names
match = 1
case = 2
print(match, case)
match = [10, 20]
print(match[0], match[1:])
match[0] = 11
print(match)
match = {"a": 1}
match["b"] = 2
print(match)
match = lambda *a: a
print(match(1, 2), match(*[3]))
case = lambda: "case()"
print(case())


class NS:
    match = 3
    case = 4


print(NS.match, NS.case)
ns = NS()
ns.match = 5
print(ns.match)
match: int = 7
case: str = "c"
print(match, case, __annotations__)
match, case = case, match
print(match, case)
case += 1
match += "!"
print(match, case)
print([match for match in range(3)], {case: 1 for case in "ab"})
del match
del case
try:
    match
except NameError as e:
    print(e)


def match(a, b=0):
    return a - b


def case(x):
    return x * 2


print(match(5, 2), case(4))
match = 3
if match: print("if on match")
while match: match -= 1
print(match)
match = [1, 2]
case = 0
match[case] = 9
print(match)
print(match [0])
print(-match[0])
case: int
print("case" in __annotations__)
match = {1: "x"}
match [1]: str = "y"
print(match)
match(1) if False else print("ternary")

# soft keywords inside expressions and as attribute/keyword names
print(dict(match=1, case=2))
print(not match, match and case)
print(type(match).__name__)

# SyntaxErrors decided by the grammar
for src in [
    "case 1: pass",
    "match x:\n    case = 3\n",
    "match x:\n    case 1: print(1)\n    x = 2\n",
    "match x:\ncase 1: pass\n",
    "match x\n    case 1: pass\n",
    "match x:\n    case 1 pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    pass\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# `case [x]: int` outside a match block is an annotated name
try:
    exec("case [0]: int")
    print("annotation only")
except NameError as e:
    print("NameError", e)
ns = {"case": {}}
exec("case [0]: int = 5", ns)
print(ns["case"])
