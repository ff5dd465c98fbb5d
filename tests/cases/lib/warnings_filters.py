# warnings: the default filters, each action (default, module, once, always, error,
# ignore) and what it leaves in __warningregistry__, filterwarnings/simplefilter
# argument checks, message/module regexes, warn_explicit with and without a
# registry, showwarning/formatwarning and their replacement, catch_warnings
# (record, action=, repr, enter/exit misuse) and WarningMessage.
import warnings, sys, io
print(warnings.__all__)
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
sys.stderr = sys.stdout
def f(): warnings.warn("hello")
f(); f()
warnings.warn("direct", DeprecationWarning)
warnings.warn("pend", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("inst"))
warnings.warn("lvl2", stacklevel=2)
warnings.warn("lvl99", stacklevel=99)
for bad in [int, 'x', Exception]:
    try: warnings.warn("m", bad)
    except TypeError as e: print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn("x", UserWarning)
    print(len(w), w[0].message, w[0].category, w[0].lineno, w[0].filename == __file__, w[0].line, w[0].file, w[0].source)
    print(str(w[0]))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try: f()
    except UserWarning as e: print("raised", repr(e))
    warnings.filterwarnings("ignore", message="hel")
    f()
    warnings.filterwarnings("error", message="HEL", category=UserWarning)
    try: f()
    except UserWarning as e: print("raised2", e)
    print(warnings.filters[:3])
print(len(warnings.filters))
for a, k in [(("bogus",), {}), (("error",), {'message': 1}), (("error",), {'category': 1}), (("error",), {'category': int}), (("error",), {'module': 3}), (("error",), {'lineno': -1}), (("error",), {'lineno': 'x'})]:
    try: warnings.filterwarnings(*a, **k)
    except AssertionError as e: print("AE", e)
for a, k in [(("bogus",), {}), (("error",), {'lineno': -1})]:
    try: warnings.simplefilter(*a, **k)
    except AssertionError as e: print("AE", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  the line  ")))
warnings.showwarning("shown", RuntimeWarning, "z.py", 3)
buf = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "z.py", 3, file=buf, line="code")
print(repr(buf.getvalue()))
def sw(message, category, filename, lineno, file=None, line=None):
    print("custom", message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = sw
warnings.warn("via custom")
warnings.showwarning = old
oldf = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: "FMT %s\n" % m
warnings.warn("via fmt")
warnings.formatwarning = oldf
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    f(); f(); warnings.warn("hello")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    f(); f(); warnings.warn("hello")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    f(); f(); warnings.warn("hello")
    print(len(w))
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try: cw.__exit__()
except RuntimeError as e: print(e)
cw.__enter__()
try: cw.__enter__()
except RuntimeError as e: print(e)
cw.__exit__()
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try: warnings.warn("x", RuntimeWarning)
    except RuntimeWarning as e: print("act", e)
reg = {}
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.warn_explicit("expl", UserWarning, "q.py", 5, registry=reg)
    warnings.warn_explicit("expl", UserWarning, "q.py", 5, registry=reg)
    warnings.warn_explicit("expl", UserWarning, "q.py", 5, module="mm")
    print(len(w), reg)
    warnings.filterwarnings("error", module="q")
    try: warnings.warn_explicit("expl2", UserWarning, "q.py", 5)
    except UserWarning as e: print("mod match", e)
print(warnings.WarningMessage("m", UserWarning, "f", 1))
print(__warningregistry__ if '__warningregistry__' in globals() else None)
class MyW(UserWarning): pass
warnings.warn("sub", MyW)
warnings.warn(MyW("inst"), DeprecationWarning)
