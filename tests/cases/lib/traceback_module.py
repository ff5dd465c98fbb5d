# traceback: exception-only formatting, chained exceptions, notes, SyntaxError carets,
# FrameSummary/StackSummary formatting. Lines that show stack frames are filtered out
# ("  File ..." and the "Traceback" header), so only the messages are compared.
import io
import sys
import traceback


def show(lines):
    for chunk in lines:
        for line in chunk.splitlines():
            if line.startswith('  ') or line.startswith('Traceback'):
                continue
            print(repr(line))
    print('--')


print(repr(traceback.format_exc()))
try:
    1 / 0
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.splitlines()[-1])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().splitlines()[-1])

try:
    raise ValueError()
except ValueError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))


class AppError(Exception):
    pass


print(traceback.format_exception_only(AppError("bad thing")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(SystemExit(3)))
print(traceback.format_exception_only(StopIteration()))

try:
    try:
        {}['a']
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(type(e), e, e.__traceback__))
    show(traceback.format_exception(e, chain=False))

try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    show(traceback.format_exception(e))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    show([buf.getvalue()])
    te = traceback.TracebackException.from_exception(e)
    show(te.format())
    print(te.exc_type, str(te), type(te.__context__).__name__, te.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    show(traceback.format_exception(e))

e = ValueError("with notes")
e.__notes__ = ['first note', 'second\nnote']
print(traceback.format_exception_only(e))

print(traceback.format_exception_only(
    SyntaxError("invalid syntax", ("prog.py", 2, 5, "  x = = 1\n"))))
print(traceback.format_exception_only(
    SyntaxError("bad", ("p.py", 1, 1, "oops\n", 1, 5))))


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(Unprintable()))
try:
    traceback.format_exception(1)
except TypeError as e:
    print('TypeError:', e)

fs = traceback.FrameSummary("app.py", 3, "main", line="  run()  ")
print(fs, list(fs), repr(fs.line), fs[2], len(fs))
print(fs == ("app.py", 3, "main", "run()"))
lines = traceback.format_list([("a.py", 1, "f", "pass"), fs, ("b.py", 9, "g", None)])
print(lines)
buf = io.StringIO()
traceback.print_list([("c.py", 4, "h", "return 1")], file=buf)
print(repr(buf.getvalue()))
stack = traceback.StackSummary.from_list([("r.py", 5, "rec", "rec()")] * 6)
print(''.join(stack.format()), end='')
print(type(traceback.extract_stack()).__name__)


def inner():
    s = traceback.extract_stack()
    return ([(f.name, f.lineno) for f in s], len(traceback.format_stack()),
            [f.name for f in traceback.extract_stack(limit=1)],
            [f.name for f in traceback.extract_stack(limit=-1)],
            traceback.extract_stack(limit=0))


def outer():
    return inner()


print(outer())
print(traceback.format_exception_only(None))
traceback.print_exception(AppError("to stderr"))
sys.stderr.write('done\n')
