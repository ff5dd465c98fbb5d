# defaultdict's `|` keeps the defaultdict operand's class and factory on either side,
# and its repr names the class and shows "..." for a factory whose repr is already
# being made (a bound method of the dict itself).
from collections import defaultdict

i = defaultdict(int, {1: 1, 2: 2})
s = defaultdict(str, {0: "zero", 1: "one"})
for r in (i | s, s | i, i | dict(s), dict(s) | i):
    print(r, r.default_factory)
for f in (lambda: i | [(1, 2)], lambda: [(1, 2)] | i):
    try:
        f()
    except TypeError:
        print("TypeError")
i |= [(5, 5)]
print(i)


class sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory

    def _factory(self):
        return []


d = sub()
print(repr(d).replace(hex(id(d)), "ADDR").split(" at ")[0])


class plain(defaultdict):
    pass


p = plain(list, a=1)
for r in (p | {"b": 2}, {"b": 2} | p):
    print(type(r).__name__, r, r.default_factory)
try:
    d | {1: 2}
except TypeError as e:
    print("TypeError:", e)
print(repr(defaultdict(list)))
