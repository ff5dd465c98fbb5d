# Checks: the traceback module's formatting of exception groups: format_exception with chained context and notes, TracebackException.exceptions, max_group_width/max_group_depth limits, format_exception_only of a group.
import traceback
def f():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("outer", [ValueError("a\nb"), ExceptionGroup("inner", [TypeError(1)])])
try:
    f()
except ExceptionGroup as e:
    e.add_note("a note")
    print("".join(traceback.format_exception(e)))
    te = traceback.TracebackException.from_exception(e, max_group_width=1, max_group_depth=1)
    print("".join(te.format()))
    print(len(te.exceptions), te.exceptions[0].exceptions)
    print("".join(traceback.format_exception_only(e)))
eg = ExceptionGroup("w", [ValueError(i) for i in range(3)])
print("".join(traceback.TracebackException.from_exception(eg, max_group_width=2).format()))
