# Copying keys between dicts and sets reuses the hashes their tables stored, as
# CPython does: set(d), frozenset(d), set.difference(d),
# set.symmetric_difference_update(d), dict.fromkeys(set or dict), d.update(dict)
# and {**d} never call __hash__ again; d.setdefault(k) hashes and searches once.
# A dict emptied by an __eq__ while it is merged is "dict mutated during update".
import sys


class H:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        H.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, H) and other.v == self.v

    def __repr__(self):
        return "H(%d)" % self.v


def calls(what, f):
    before = H.calls
    r = f()
    print(what, "->", H.calls - before, "hash calls")
    return r


d = calls("dict.fromkeys(generator)", lambda: dict.fromkeys(H(i) for i in range(6)))
s = calls("set(d)", lambda: set(d))
calls("frozenset(d)", lambda: frozenset(d))
calls("set.difference(d)", lambda: s.difference(d))
calls("set.difference(d) small", lambda: {H(1)}.difference(d))
calls("symmetric_difference_update(d)", lambda: s.copy().symmetric_difference_update(d))
calls("symmetric_difference(d)", lambda: s.symmetric_difference(d))
calls("dict.fromkeys(set)", lambda: dict.fromkeys(s))
calls("dict.fromkeys(frozenset, 1)", lambda: dict.fromkeys(frozenset(s), 1))
calls("dict.fromkeys(dict)", lambda: dict.fromkeys(d, 0))
calls("d.update(dict)", lambda: {H(1): 1}.update(d))
calls("{**d}", lambda: {**d})
calls("dict(d)", lambda: dict(d))
calls("list(d)", lambda: list(d))
calls("dict.fromkeys(list)", lambda: dict.fromkeys(list(d)))
e = {H(1): "one"}
print(calls("setdefault present", lambda: e.setdefault(H(1), "x")))
print(calls("setdefault missing", lambda: e.setdefault(H(2), "two")), e)

# fromkeys of a set or dict sizes the new dict for its keys at once.
for n in (0, 1, 3, 5, 6, 11, 40):
    keys = set(range(n))
    strs = {str(i): i for i in range(n)}
    print(n, sys.getsizeof(dict.fromkeys(keys)), sys.getsizeof(dict.fromkeys(strs)),
          sys.getsizeof(dict.fromkeys(list(keys))))

order = []


class Sub(dict):
    def __setitem__(self, k, v):
        order.append(k)
        super().__setitem__(k, v)


def gen():
    order.append("gen starts")
    yield 1
    yield 2


print(Sub.fromkeys(gen()), order)


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 40))
other[X()] = 0
target = {X(): 0, 1: 1}
try:
    target.update(other)
except RuntimeError as exc:
    print("RuntimeError:", exc, len(target))
