# Checks: uncaught exception groups print as CPython 3.11's boxed 'Exception Group Traceback': width limit 15, depth limit 10, causes inside a group, BaseExceptionGroup, and the group an except* statement raises from its clauses.
import sys
eg = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
e = ValueError("leaf")
for i in range(12):
    e = ExceptionGroup(f"level {i}", [e, TypeError(i)])
def show(x):
    try:
        raise x
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)
show(eg)
show(e)
try:
    raise KeyError(1)
except KeyError as k:
    c = RuntimeError("cause")
    inner = ValueError("inner")
    inner.__cause__ = c
    show(ExceptionGroup("with cause", [inner]))
show(BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)]))
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("in handler")
    except* TypeError as t:
        raise t.exceptions[0]
g()
