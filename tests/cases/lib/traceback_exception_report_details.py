# The interpreter's report and TracebackException: a class whose __module__ is no
# str is named <unknown>.X, __notes__ that is no sequence is written by repr
# without a line end, and a context chain longer than the recursion limit is
# captured and formatted without recursing.
import io
import sys
import traceback

import _testcapi


def report(exc):
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        _testcapi.exception_print(exc)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


class X(Exception):
    def __str__(self):
        return "I am X"


X.__module__ = 42
print(repr(report(X())))
print(repr("".join(traceback.format_exception_only(X, X()))))


class BadThing:
    def __repr__(self):
        return "bad repr"


class Unprintable:
    def __repr__(self):
        raise ValueError("bad value")


e = ValueError(123)
for notes in (BadThing(), Unprintable(), [BadThing(), "Final Note"]):
    e.__notes__ = notes
    print(repr(report(e)), repr("".join(traceback.format_exception_only(ValueError, e))))


def f():
    try:
        1 / 0
    except ZeroDivisionError:
        f()


try:
    f()
except RecursionError:
    info = sys.exc_info()
te = traceback.TracebackException(*info)
lines = list(te.format())
print(len(lines) > sys.getrecursionlimit())
print(lines[-1].startswith("RecursionError: maximum recursion depth exceeded"))
n = 0
link = te
while link is not None:
    n += 1
    link = link.__context__
print(n > 100)

eg = TypeError(1)
for i in range(2000):
    eg = ExceptionGroup("eg", [ValueError(i), eg])
out = traceback.format_exception(eg)
print(len(out), out[-1])
