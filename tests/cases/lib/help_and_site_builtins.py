# What site installs in builtins: help and exit/quit (their reprs say how to use them),
# builtins' docstrings, help() on a builtin and on a function (pydoc's plain-text page),
# and input() at the end of input (stdin is empty here).
print(repr(help))
print(type(help).__name__)
print(repr(exit), repr(quit), sep='\n')
print(len.__doc__)
help(len)


def area(w, h=2, *rest, scale=1.0, **opts):
    """Area of a w-by-h rectangle.

    Scaled by scale."""
    return w * h * scale


def bare(a, /, b, *, c):
    return a


help(area)
help(bare)
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError:', e)
import sys
print(repr(sys.stdin.readline()))
