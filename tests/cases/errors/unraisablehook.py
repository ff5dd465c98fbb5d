# sys.unraisablehook gets the exceptions that cannot propagate (here from __del__)
# as an UnraisableHookArgs; the default hook writes "Exception ignored in: ..." to
# sys.stderr, and a hook that raises is reported in its place.
import io
import re
import sys

print(sys.unraisablehook is sys.__unraisablehook__)
print(hasattr(sys, "UnraisableHookArgs"))


class A:
    def __del__(self):
        raise ValueError("boom")


def scrub(text):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x...", text)


def captured(action):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        action()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old


def drop():
    a = A()
    del a


print(scrub(captured(drop)), end="")

seen = []


def hook(u):
    seen.append(u)
    print("hook:", type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg,
          type(u.object).__name__, u.object.__qualname__)
    print("traceback frames:", u.exc_traceback.tb_frame.f_code.co_name)
    print(len(u), u[0] is u.exc_type, u[1] is u.exc_value)


sys.unraisablehook = hook
drop()
print("after hook")


def bad(u):
    raise KeyError("hook failed")


sys.unraisablehook = bad
print(scrub(captured(drop)), end="")

sys.unraisablehook = None
print(scrub(captured(drop)), end="")
del sys.unraisablehook
print(scrub(captured(drop)), end="")

try:
    sys.__unraisablehook__(42)
except TypeError as e:
    print(e)
sys.unraisablehook = sys.__unraisablehook__
print(scrub(captured(drop)).splitlines()[-1])
print("done")
