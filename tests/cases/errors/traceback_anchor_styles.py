# Checks: the ~~^^ operand markers follow CPython 3.11.7's two rule sets: the
# interpreter's report (a `)` before the operator is passed over, `//` gets two
# carets) and the traceback module's (its own scan), and a subscript's markers run from
# the `[` to the `]` past any spaces.
import traceback


def floor_div():
    return (1) // 0


def floor_div_tight():
    return (1)//0


def spaced_subscript():
    a = []
    b = 1
    return b     [    a  ] + 1


for f in (floor_div, floor_div_tight, spaced_subscript):
    try:
        f()
    except Exception:
        traceback.print_exc()
    try:
        f()
    except Exception as e:
        sys_hook = __import__("sys").excepthook
        sys_hook(type(e), e, e.__traceback__)
