# Expression statements compiled in 'single' mode show their value on sys.stdout
# (a replaced stream gets it, as doctest and redirect_stdout need); None is not
# shown; builtins._ holds the last value; with sys.stdout None it is RuntimeError.
import builtins
import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(compile('2 + 3', '<s>', 'single'), {})
    exec(compile('for i in range(2): i\n', '<s>', 'single'), {})
    exec(compile('None', '<s>', 'single'), {})
print(repr(buf.getvalue()), builtins._)
old = sys.stdout
sys.stdout = None
try:
    exec(compile('7', '<s>', 'single'), {})
except RuntimeError as e:
    sys.stdout = old
    print(e)
import _imp, importlib.util
print(_imp.is_builtin('sys'), _imp.is_builtin('nosuch'), _imp.lock_held(),
      importlib.util.resolve_name('..x', 'a.b.c'))
