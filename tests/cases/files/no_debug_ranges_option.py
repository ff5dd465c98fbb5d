# `-X no_debug_ranges`: code has no column positions, so neither the
# interpreter's report nor traceback.print_exc draws carets.
import subprocess
import sys

with open("crash.py", "w") as f:
    f.write("x = 1 / 0\n")
with open("caught.py", "w") as f:
    f.write(
        "import traceback\n"
        "try:\n"
        "    x = 1 / 0\n"
        "except ZeroDivisionError:\n"
        "    traceback.print_exc()\n"
        "def f():\n"
        "    return 1 + 2\n"
        "print({p[2:] for p in f.__code__.co_positions()})\n"
    )
for script in ("crash.py", "caught.py"):
    for opts in ([], ["-X", "no_debug_ranges"]):
        r = subprocess.run([sys.executable, *opts, script], capture_output=True, text=True)
        print(opts, r.returncode, r.stdout.strip() if opts else "")
        print(r.stderr.replace(r.stderr.split('"')[1], "SCRIPT") if r.stderr else "", end="")
