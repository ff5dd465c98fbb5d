# Builtin functions and method descriptors called from the dispatch loop read their
# arguments in place on the value stack: the refcounts the callee sees, the moment an
# argument temporary dies (right after the call, before the next statement), the
# argument-count and keyword errors, and errors raised inside the callee with their
# tracebacks are CPython 3.11's.
import sys

class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)

x = object()
base = sys.getrefcount(x)
# getrefcount sees the stack's reference and nothing more, through any call shape.
print("in place", sys.getrefcount(x) - base, [sys.getrefcount(x)][0] - base, sys.getrefcount(object()))
d = {}
print("method", d.get(1, x) is x, sys.getrefcount(x) - base)
g = d.get
print("bound", g(2, x) is x, sys.getrefcount(x) - base)

# A temporary argument dies when the builtin returns, before the print.
print("id", type(id(D("tmp"))).__name__)
isinstance(D("isinst"), int)
print("after isinstance")
len([D("len")])
print("after len")
print("join", ",".join([D("j").name, "b"]))
print("sorted", sorted([3, 1, 2], reverse=True), sorted((2, 1), key=lambda v: -v))
print("max kw", max([1, 5, 2], key=lambda v: -v), min([], default=D("dflt").name))

class L(list):
    pass
l = L([1, 2])
l.append(3)
print("subclass", l, list.__len__(l), L.count(l, 2))

def errors():
    for call in (
        lambda: abs(),
        lambda: abs(1, 2),
        lambda: len(),
        lambda: d.get(),
        lambda: [].append(),
        lambda: list.append(1, 2),
        lambda: sorted([1], reversed=True),
        lambda: sorted(),
        lambda: "x".split(sepx=","),
        lambda: d.pop(),
        lambda: getattr(x, "nope"),
        lambda: int("z"),
        lambda: str(1, 2, 3, 4),
        lambda: "".join([1]),
    ):
        try:
            call()
        except Exception as e:
            print(" ", type(e).__name__, e)
errors()

def deep(n):
    return abs(n) if n == 0 else deep(n - 1)
print("deep", deep(50))

def fails():
    return divmod(1, 0)
fails()
