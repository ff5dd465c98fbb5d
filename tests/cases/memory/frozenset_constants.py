# A set display of constants after `in`/`not in`, or as a `for` loop's or a
# comprehension's iterable, is a frozenset constant (CPython 3.11's AST optimiser),
# made by adding the items one by one; a list display there is a tuple.
import gc
import sys


def member(x):
    return x in {1, 2, 3}


fs = member.__code__.co_consts[-1]
print(member.__code__.co_consts)
print(type(fs).__name__, sys.getsizeof(fs), sys.getrefcount(fs), gc.is_tracked(fs))
print(member(2), member(5))


def loop():
    out = []
    for x in {40, 50, 60}:
        out.append(x)
    return sorted(out)


print(loop.__code__.co_consts, loop())


def big(x):
    return x not in {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}


print(sys.getsizeof(big.__code__.co_consts[-1]), big(11))


def repeats(x):
    return x in {1, 1, 2}, x in {2, 1}


print(repeats.__code__.co_consts)


def nested(x):
    return x in {(1, 2), (3, 4)}, x in {-1, 2 + 3}


print(nested.__code__.co_consts)


def not_constant(x):
    return x in {1, x}, x in {i for i in range(2)}


print(len(not_constant.__code__.co_consts))


def lists(x):
    return x in [1, 2], x in [], x in [x], x not in [7]


print(lists.__code__.co_consts)


def comp():
    return [y for y in [1, 2, 3]], [z for z in {7, 8}]


print(comp.__code__.co_consts[-1], comp())


# The optimiser's frozenset stays in the parser's arena while the script runs; the
# one `co_consts` holds is the compiler's copy: two frozensets hold the items.
def held():
    for v in {500001, 500002}:
        print(sys.getrefcount(v))


held()
print(len([o for o in gc.get_objects() if type(o) is frozenset and 500001 in o]))
