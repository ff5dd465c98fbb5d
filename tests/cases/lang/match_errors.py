# match statements: CPython's SyntaxErrors (parser and compiler) and run-time errors.
BAD = [
    "match x:\n    case {**rest, 'a': 1}:\n        pass",
    "match x:\n    case {**_}:\n        pass",
    "match x:\n    case f'x':\n        pass",
    "match x:\n    case C(a=1, 2):\n        pass",
    "match x:\n    case C(a=1, 2, 3):\n        pass",
    "match x:\n    case 1 as _:\n        pass",
    "match x:\n    case 1 as a.b:\n        pass",
    "match x:\n    case *a:\n        pass",
    "match x:\n    case a, *b, *c:\n        pass",
    "match x:\n    case [*_, *_]:\n        pass",
    "match x:\n    case 1 + 2:\n        pass",
    "match x:\n    case 1j + 2j:\n        pass",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass",
    "match x:\n    case {1: 1, 1.0: 2}:\n        pass",
    "match x:\n    case C(a=1, a=2):\n        pass",
    "match x:\n    case a | b:\n        pass",
    "match x:\n    case _ | 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case {'k': a, **a}:\n        pass",
    "match x:\n    case [a, (a | 1)]:\n        pass",
    "match x:\n    case (a | 1) | 2:\n        pass",
    "match x:\n    case [a] | [b]:\n        pass",
    "match x:\n    case [a] | 1:\n        pass",
    "match x:\n    case x:\n        pass\n    case 1:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case y as z:\n        pass\n    case 1:\n        pass",
    "match x:\n    case (x | 1):\n        pass\n    case 2:\n        pass",
    "match x:\n    case {x: 1}:\n        pass",
    "match x:\n    case 1:\npass",
    "match x:\npass",
    "match x:\n    case a.b():\n        pass\n    case a():\n        pass\n    case {a.b: 1}:\n        pass\n    case -a:\n        pass",
    "match x:\n    case __debug__:\n        pass",
    "match x:\n    case [x, y] if x:\n        pass\n    case z:\n        pass\n    case 1:\n        pass",
]
for src in BAD:
    try:
        compile(src, "<case>", "exec")
    except IndentationError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno})")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset})")
    else:
        print("compiled:", src.splitlines()[1])

# Irrefutable patterns are fine when guarded or last.
for src in [
    "match x:\n    case y if y:\n        pass\n    case _:\n        pass",
    "match x:\n    case [_, *_] | _:\n        pass",
    "match x:\n    case y:\n        pass",
]:
    compile(src, "<ok>", "exec")
    print("ok:", src.splitlines()[1].strip())


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class BadArgs:
    __match_args__ = ["x"]


class BadItem:
    __match_args__ = (1,)


class Key:
    a = "k"
    b = "k"


def attempt(thunk):
    try:
        print("result:", thunk())
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")


def too_many():
    match Point(1, 2):
        case Point(1, 2, 3):
            return "three"


def not_a_type():
    f = len
    match 1:
        case f():
            return "called"


def bad_args():
    match BadArgs():
        case BadArgs(1):
            return "bad"


def bad_item():
    match BadItem():
        case BadItem(1):
            return "bad"


def repeated():
    match Point(1, 2):
        case Point(1, x=1):
            return "repeated"


def dup_key():
    match {"k": 1, "j": 2}:
        case {Key.a: 1, Key.b: 2}:
            return "dup"


def self_match():
    match 5:
        case int(1, 2):
            return "two"


attempt(too_many)
attempt(not_a_type)
attempt(bad_args)
attempt(bad_item)
attempt(repeated)
attempt(dup_key)
attempt(self_match)

# The error's traceback points at the pattern.
match Point(1, 2):
    case Point(1, 2, 3):
        pass
