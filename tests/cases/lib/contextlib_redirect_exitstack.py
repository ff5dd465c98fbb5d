# contextlib: redirect_stdout/redirect_stderr (print follows sys.stdout), suppress,
# nullcontext, closing, ExitStack (LIFO exits, suppression, replaced exceptions,
# pop_all, push, callback).
import contextlib, io, sys, os
from contextlib import ExitStack, redirect_stdout, redirect_stderr, suppress, nullcontext, closing

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2)
    sys.stdout.write("written\n")
print("back", target is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
# re-entrant use of one object
r = redirect_stdout(io.StringIO())
with r:
    with r:
        print("inner")
print("outer restored")

with suppress(KeyError, ValueError):
    {}["x"]
print("suppressed")
with nullcontext(5) as v:
    print("nullcontext", v)

class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(print, "callback", end="!\n")
    print("body", names)

with ExitStack() as stack:
    stack.enter_context(CM("swallower", swallow=True))
    stack.enter_context(CM("plain"))
    raise ValueError("boom")
print("after swallowed")

try:
    with ExitStack() as stack:
        stack.callback(lambda: print("cleanup ran"))
        stack.enter_context(CM("x"))
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

def bad():
    raise RuntimeError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(bad)
        raise ValueError("original")
except RuntimeError as e:
    print("replaced", repr(e), repr(e.__context__))

with ExitStack() as outer:
    outer.enter_context(CM("moved"))
    saved = outer.pop_all()
print("not exited yet")
saved.close()

try:
    with ExitStack() as s:
        s.enter_context(42)
except TypeError as e:
    print(e)

class Res:
    def close(self):
        print("closed")
with closing(Res()):
    pass
stack = ExitStack()
stack.push(CM("pushed"))
stack.push(lambda *exc: print("push fn", exc[0]))
stack.close()
