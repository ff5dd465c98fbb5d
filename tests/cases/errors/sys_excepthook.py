# sys.excepthook and sys.__excepthook__: the default hook writes the report to
# sys.stderr (here a StringIO), a non-exception value gets CPython's TypeError line,
# and an uncaught exception goes to a replaced hook; a hook that fails itself is
# reported before the original exception.
import io
import sys

print(sys.excepthook is sys.__excepthook__, sys.excepthook)


def inner():
    raise ValueError('caught')


try:
    inner()
except ValueError:
    saved = sys.stderr
    sys.stderr = io.StringIO()
    sys.__excepthook__(*sys.exc_info())
    sys.excepthook(str, 'not an exception', None)
    captured = sys.stderr.getvalue()
    sys.stderr = saved
print(captured.replace(__file__, 'FILE'))
try:
    sys.excepthook(1)
except TypeError as e:
    print(e)


def hook(t, v, tb):
    print('hook got', t.__name__, v, tb is not None)
    return 1 / 0


sys.excepthook = hook
raise KeyError('uncaught')
