# -W options and PYTHONWARNINGS: sys.warnoptions (the environment's first), their
# filters in front of the defaults, a bad option reported at start-up and ignored.
import os
import subprocess
import sys

with open("w.py", "w") as f:
    f.write(
        "import sys, warnings\n"
        "print(sys.warnoptions)\n"
        "print(warnings.filters[:3])\n"
        "warnings.warn('x2', UserWarning)\n"
        "warnings.warn('hello', DeprecationWarning)\n"
    )
runs = [
    (["-W", "error::DeprecationWarning", "-W", "xxx", "-W", "ignore:abc:Foo",
      "-W", "default::bad.mod.Cls", "-W", "ignore:::::", "-W", "d:msg::mod:3"],
     "ignore::UserWarning"),
    (["-W", "ignore::UserWarning"], "error::DeprecationWarning,,always"),
    ([], "error::UserWarning:__main__:4"),
    (["-E", "-W", "a:x2"], "error"),
    (["-W", "e::warnings.Warning:mod:-1", "-W", "i::ValueError"], None),
]
for opts, env in runs:
    e = dict(os.environ)
    e.pop("PYTHONWARNINGS", None)
    if env is not None:
        e["PYTHONWARNINGS"] = env
    r = subprocess.run([sys.executable, *opts, "w.py"], capture_output=True, text=True,
                       env=e)
    print(opts, env, r.returncode)
    print(r.stdout, end="")
    # (Frames of the warnings module are left out: CPython's are C, mempy's Python.)
    print("".join(line for line in r.stderr.replace(os.path.abspath("w.py"), "W")
                  .splitlines(True) if not line.startswith('  File "<frozen')), end="")
    print("--")

import warnings
print(warnings._getaction(''), warnings._getaction('all'), warnings._getaction('m'),
      warnings._getcategory(''), warnings._getcategory('UnicodeWarning'))
for bad in ('zz', 'ignore:x:int', 'ignore::::x', 'a:b:c:d:e:f'):
    try:
        warnings._setoption(bad)
    except warnings._OptionError as e:
        print('_OptionError', e)
import warnings as w
version = (3, 11, 0, "final", 0)
for remove in [(4, 12), (3, 12), (3, 11), (2, 0)]:
    with w.catch_warnings(record=True) as log:
        w.simplefilter('always')
        try:
            w._deprecated("thing", remove=remove, _version=version)
        except RuntimeError as e:
            print('RuntimeError', e)
        else:
            print(log[0].category.__name__, log[0].message)
