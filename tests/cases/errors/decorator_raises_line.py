# A decorator that raises is reported on its own `@` line (CPython 3.11), the
# innermost decorator applied first.
def ok(f):
    print("ok applied to", f.__name__)
    return f


def bad(f):
    raise ValueError("bad decorator")


@ok
@bad
@ok
def g():
    pass
