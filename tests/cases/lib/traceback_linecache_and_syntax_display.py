# traceback reads source lines through linecache (lazily, so a registration made
# later still counts), walk_stack(None) starts at StackSummary.extract's caller,
# a format_frame_summary returning None drops the frame, and the interpreter's
# own SyntaxError display follows CPython's print_error_text.
import io
import linecache
import sys
import traceback
from collections import namedtuple

import _testcapi

Code = namedtuple("code", ["co_filename", "co_name"])
Frame = namedtuple("frame", ["f_code", "f_globals", "f_locals"])

# A name that is no file: its lines come from the module whose globals are given.
linecache.clearcache()
linecache.lazycache("no-such-file", globals())
fs = traceback.FrameSummary("no-such-file", 1, "dummy")
print(fs.line)
print(fs == ("no-such-file", 1, "dummy", fs.line), tuple(fs)[3] == fs.line)

linecache.clearcache()
fs = traceback.FrameSummary("no-such-file", 1, "dummy", lookup_line=False)
print(fs._line)
linecache.lazycache("no-such-file", globals())
print(fs.line)

# Deferred lookup: the line is whatever linecache holds when it is asked for.
linecache.clearcache()
frame = Frame(Code("/nonexistent.py", "method"), None, None)
s = traceback.StackSummary.extract(iter([(frame, 4)]), lookup_lines=False)
print(linecache.cache)
linecache.updatecache("/nonexistent.py", globals())
print(s[0].line)
print(linecache.getline("/nonexistent.py", 5), end="")
print(linecache.lazycache("<string>", globals()), linecache.lazycache("", globals()))


def inner(k):
    a = 1
    return traceback.StackSummary.extract(
        traceback.walk_stack(None), capture_locals=True, limit=1)


print(inner(3).format()[0].replace(__file__, "FILE"), end="")


class Named(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        return f"{frame_summary.name}:{frame_summary.lineno - inner.__code__.co_firstlineno}"


def named():
    return Named.extract(traceback.walk_stack(None), limit=1)


print(named().format())


def f():
    1 / 0


def g():
    try:
        f()
    except ZeroDivisionError:
        return sys.exc_info()


info = g()


class SkipG(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == "g":
            return None
        return super().format_frame_summary(frame_summary)


print(len(SkipG.extract(traceback.walk_tb(info[2])).format()))
print(traceback._RECURSIVE_CUTOFF)

# _testcapi.traceback_print writes what the interpreter writes for a traceback.
out = io.StringIO()
_testcapi.traceback_print(info[2], out)
print(out.getvalue() == "Traceback (most recent call last):\n" + "".join(traceback.format_tb(info[2])))
print(out.getvalue().replace(__file__, "FILE"), end="")

# The interpreter's SyntaxError display.
saved = sys.stderr
for exc in [
    SyntaxError("bad syntax"),
    SyntaxError("bad syntax", (None, 100, None, None)),
    SyntaxError("bad syntax", ("myfile.py", None, None, None)),
    SyntaxError("msg", ("file.py", 1, 7, "text7")),
    SyntaxError("msg", ("file.py", 1, 9, "  text7")),
    SyntaxError("msg", ("file.py", 1, 0, "text0")),
    SyntaxError("msg", ("file.py", 1, 2, "abcdef", 1, 5)),
    SyntaxError("msg", ("file.py", 1, 2, "abcdef\n", 2, 5)),
    SyntaxError("msg", ("file.py", 1, 2, "abc", 1, 50)),
    SyntaxError("msg", ("file.py", 1, 6, "ab\ncdef\n")),
    SyntaxError("", ("file.py", 3, 1, "x  \n")),
    IndentationError("msg", ("file.py", 1, 2, "abcdef", 1, 5)),
]:
    sys.stderr = io.StringIO()
    _testcapi.exception_print(exc)
    text, sys.stderr = sys.stderr.getvalue(), saved
    print(repr(text))
