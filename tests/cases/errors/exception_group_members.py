# Checks: a group's members printed with their tracebacks, notes and multi-line messages behind the '| ' margin, nested groups and the context of the group.
def inner():
    raise ValueError("bad\nvalue")
def f():
    excs = []
    for i in range(3):
        try:
            if i == 1:
                inner()
            raise TypeError(i)
        except Exception as e:
            e.add_note(f"note {i}")
            excs.append(e)
    try:
        1/0
    except ZeroDivisionError:
        raise ExceptionGroup("many", excs + [ExceptionGroup("nested", [KeyError("k"), OSError(2, "x")])])
f()
