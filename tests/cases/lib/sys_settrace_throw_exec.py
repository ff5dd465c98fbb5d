# sys.settrace: throw() into a generator ('call', then 'exception' at its yield),
# code run by exec/eval (a '<module>' frame at line 0), an exception raised in a
# class body's comprehension, and one caught two frames up.
import sys


def tr(frame, event, arg):
    if frame.f_code.co_filename not in (__file__, "<string>"):
        return None
    if event == 'exception':
        arg = arg[0].__name__
    print(event, frame.f_code.co_name, frame.f_lineno, arg if not callable(arg) else '')
    return tr


def gen():
    try:
        yield 1
    except ValueError:
        yield 2


def gen2():
    yield 1


g = gen()
next(g)
h = gen2()
next(h)
sys.settrace(tr)
print(g.throw(ValueError))
try:
    h.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
exec("y = 1\nz = 2")
print(eval("y + z"))
try:
    class K:
        a = 1
        b = [a for _ in range(1)]
except NameError as e:
    print("NameError", e)


def deep():
    try:
        deeper()
    except ZeroDivisionError:
        return "ok"


def deeper():
    return 1 / 0


deep()
sys.settrace(None)
