# Attributes of function objects live in the function's __dict__ (created on first
# store); dunder names are the function's own fields; lookups through the dispatch
# loop's fast path and the general one agree.
import sys


def f():
    return 1


try:
    f.calls
except AttributeError as e:
    print("AttributeError:", e)
f.calls = 0
for i in range(5):
    f.calls += 1
print(f.calls, f.__dict__)
f.__dict__["direct"] = "via dict"
print(f.direct)
del f.calls
try:
    print(f.calls)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.calls
except AttributeError as e:
    print("AttributeError:", e)
f.__dict__ = {"replaced": True}
print(f.replaced, hasattr(f, "direct"))
try:
    f.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__globals__ = {}
except AttributeError as e:
    print("AttributeError:", e)


def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@counted
def add(a, b=2):
    return a + b


total = 0
for i in range(100):
    total += add(i, b=i)
print(total, add.calls)
value = object()
add.obj = value
print(sys.getrefcount(value), add.obj is value)
del add.obj
print(sys.getrefcount(value))

words = ["sky", "banana", "rhythm", "queue", "éte", "naïve", ""]
for w in words:
    print(w, sum(1 for ch in w if ch in "aeiouï"), "an" in w, "" in w, "é" in w, w in "banana split")
