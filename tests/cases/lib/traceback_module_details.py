# traceback details: __all__, print_last, FrameSummary slots, the <implicit>
# default, exc_type None, non-sequence __notes__, empty captured locals.
import sys
import inspect
import traceback

print(traceback.__all__)
try:
    traceback.print_last()
except ValueError as e:
    print("ValueError:", e)
sys.last_type, sys.last_value, sys.last_traceback = KeyError, KeyError("lk"), None
traceback.print_last(file=sys.stdout)

fs = traceback.FrameSummary("f.py", 1, "n", line="x")
try:
    fs.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print(inspect.signature(traceback.format_exception))
print(list(traceback.TracebackException(None, None, None).format()))
print(list(traceback.TracebackException(ValueError, None, None).format()))

e = ValueError("v")
for notes in ["ab", ("x", "y\nz"), 5, {"k": 1}, [b"q"]]:
    e.__notes__ = notes
    print(traceback.format_exception_only(e))


class NoRepr:
    def __repr__(self):
        raise RuntimeError


class NoStr:
    def __str__(self):
        raise RuntimeError


e.__notes__ = NoRepr()
print(traceback.format_exception_only(e))
e.__notes__ = [NoStr()]
print(traceback.format_exception_only(e))


def inner():
    raise KeyError("k")


def outer():
    n = 1
    inner()


try:
    outer()
except KeyError as exc:
    summary = traceback.StackSummary.extract(traceback.walk_tb(exc.__traceback__), capture_locals=True)
    print([(f.name, f.locals if f.name != "<module>" else "...") for f in summary])
