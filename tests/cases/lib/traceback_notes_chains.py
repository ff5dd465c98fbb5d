# The traceback module: add_note, SyntaxError from compile(), a span over two lines,
# implicit chaining of an exception raised by a builtin, AttributeError carets.
import traceback, sys
def f(x):
    return [1 / i for i in x]
try:
    f([1, 0])
except ZeroDivisionError as e:
    traceback.print_exc(file=sys.stdout)
    e.add_note("a note")
    traceback.print_exception(e, file=sys.stdout)
try:
    compile("x = (", "<s>", "exec")
except SyntaxError:
    traceback.print_exc(file=sys.stdout)
def g():
    d = {"a": {"b": 1}}
    return (d["a"]
            ["c"])
try:
    g()
except KeyError:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
    tbe = traceback.TracebackException.from_exception(e)
    print(tbe.__context__.exc_type, len(tbe.stack), tbe.stack[0].line)
def h():
    obj = None
    return obj.attr.more
try:
    h()
except AttributeError:
    traceback.print_exc(file=sys.stdout)
