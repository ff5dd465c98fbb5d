# What CPython 3.11's AST optimiser and peephole pass fold, seen in `co_consts`.


def show(f):
    print(f.__name__, f.__code__.co_consts)


def nots():
    return not 1, not (), not 0.0, not None, not ..., not b"", not "x", not (1, 2)


def bools():
    return True + 1, True & False, True | 2, ~False, -False, 3 * True, "ab" * True


def powers():
    return 2 ** -2, (-2) ** -3, 0.0 ** 3, 4 ** 0.5, 10 ** -400


def mixed():
    return 1.5 + 2, 3 - 0.5, (1 << 60) + 0.5, 2 ** 64 * 1.0


def overflow():
    return 2.0 ** 2000


def repeat_limits():
    return "x" * -1, (1,) * 0, b"" * 3, () * -1, "" * -5


def tuple_limits():
    return ((1, 2),) * 200, ((1, 2, 3, 4, 5, 6),) * 200


def empty_tuple():
    return (), not ()


def dicts(x):
    return {"k1": 1, "k2": 2}, {"k1": x, "k2": 2}, {"k": x}, {1: 2, **{}, 3: 4, 5: 6}


def tuple_keys():
    return {(1, 2): 3, -1: 0, 1 + 1: 2}


def fstrings():
    return f"x", 1


def empty_fstring():
    return f""


def dead_ifexp():
    return 1 if 1 else 2


def dead_if():
    if 0:
        return 5
    return 6


def dead_while():
    while 1:
        return 7
    return 8


def dead_else():
    if 1:
        return 9
    else:
        return 10


def after_return():
    return 11
    return 12


def debug():
    if not __debug__:
        return 15
    return 16


def dead_store():
    x = 17
    if False:
        x = 18
    return x


for f in [nots, bools, powers, mixed, overflow, repeat_limits, tuple_limits, empty_tuple,
          dicts, tuple_keys, fstrings, empty_fstring, dead_ifexp, dead_if, dead_while,
          dead_else, after_return, debug, dead_store]:
    show(f)
print([len(x) for x in tuple_limits.__code__.co_consts if isinstance(x, tuple)])
print(dicts(0), tuple_keys(), repr(empty_fstring()), dead_ifexp(), dead_while(), dead_store())


# A constant test decides its jump at compile time: the dead branch's constants and
# the test's own, last in the table, are dropped, and the branch still never runs.
def called(*a):
    print("called", a)


called("never-shown") if False else print("not called")
