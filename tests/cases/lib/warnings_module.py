# warnings: warn() through the filters (default once per location, error, ignore,
# always, once, module), catch_warnings(record=True), showwarning/formatwarning
# hooks, stacklevel, the registry, warn_explicit, and the argument checks.
import sys
import warnings

sys.stderr = sys.stdout


def f():
    warnings.warn("from f", stacklevel=2)


for i in range(2):
    warnings.warn("plain")          # default: shown once for this line
f()
warnings.warn("dep", DeprecationWarning)  # shown in __main__
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("again", RuntimeWarning)
    warnings.warn(UserWarning("instance"))
print(len(log), [str(w.message) for w in log], log[0].category.__name__, log[0].lineno)
print(str(log[0]).startswith("{message : RuntimeWarning('again')"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised", repr(e))
    warnings.filterwarnings("ignore", message="qui")
    warnings.warn("quiet please")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    warnings.warn("o")
    warnings.warn("o")
    warnings.filterwarnings("module", category=FutureWarning)
    warnings.warn("m", FutureWarning)
    warnings.warn("m", FutureWarning)
print([str(w.message) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("always")
    seen = []
    warnings.showwarning = lambda *a: seen.append(a[:4])
    warnings.warn("hooked")
    print(seen[0][0], seen[0][1].__name__, seen[0][3])
print(warnings.showwarning is warnings._showwarning_orig)
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code  ")))
warnings.warn_explicit("explicit", SyntaxWarning, "x.py", 7, module="x")
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
print(warnings.filters[0][0], warnings.filters[0][2].__name__, len(warnings.filters))
print(sorted(k for k in __warningregistry__ if k != 'version'))
print(issubclass(PendingDeprecationWarning, Warning), ResourceWarning.__mro__[1].__name__,
      [c.__name__ for c in (SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning,
                            BytesWarning, EncodingWarning)])
