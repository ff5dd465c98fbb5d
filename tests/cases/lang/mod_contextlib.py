# Checks: contextlib.contextmanager (enter value, cleanup on normal exit and on error,
# swallowing, re-raise, misuse errors, use as decorator), suppress, closing, nullcontext.
from contextlib import contextmanager, suppress, closing, nullcontext


@contextmanager
def tag(name):
    "Wraps output in a tag."
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("body", t)
print(tag.__name__, tag.__doc__)
try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")
try:
    with swallow():
        raise IndexError("i")
except IndexError as e:
    print("not swallowed", e)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def timer():
    print("start")
    yield
    print("stop")


@timer()
def work(x):
    print("working", x)
    return x * 2


print(work(3))
print(work(4))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress(LookupError):
    {}["x"]
print("suppressed subclass")
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError:", e)
with suppress():
    pass


class Res:
    def close(self):
        print("closed")


with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
