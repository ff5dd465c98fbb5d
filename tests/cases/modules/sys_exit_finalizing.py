# sys.exit with a tuple passes its items as SystemExit's arguments (so `(42,)` exits
# with 42); sys.is_finalizing() is False while the program runs and True in a
# finalizer run at shutdown; sys.getrecursionlimit takes no arguments;
# sys.orig_argv is a list that ends with the program's arguments.
import sys

for status in (42, (42,), (17, 23), "exit", ()):
    try:
        sys.exit(status)
    except SystemExit as e:
        print(repr(status), "->", repr(e.code), e.args)
try:
    sys.getrecursionlimit(42)
except TypeError as e:
    print("TypeError:", e)
print(sys.is_finalizing(), type(sys.orig_argv).__name__, sys.orig_argv[-1].endswith("sys_exit_finalizing.py"))
print(sys._xoptions, sys.warnoptions)


class AtExit:
    # `sys` bound as a default: module globals may already be None at shutdown.
    def __del__(self, sys=sys):
        print("finalizing in __del__ at shutdown:", sys.is_finalizing())


keep = AtExit()
