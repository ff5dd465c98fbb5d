# set() over a generator: its leading strs and numbers are gathered in one run and
# added together; the first other value goes on one at a time. Checks the result,
# the order __hash__/__eq__/__del__ run in, a set(genexpr) made inside a generator
# that list()/tuple() are draining, and a __hash__ that itself drains generators.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v, sorted(set(x * 2 for x in range(self.v))), list(str(x) for x in "ab"))
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, K) and other.v == self.v

    def __del__(self):
        print("del K", self.v)


def mixed():
    yield 1
    yield "a"
    yield 1
    yield K(3)
    yield 2.5
    yield K(3)
    yield None


s = set(mixed())
print(len(s), sorted(str(x) for x in s if not isinstance(x, K)))
del s
print(list(len(set(i + j for j in range(i))) for i in range(5)))
print(tuple(frozenset(c for c in w) == set(w) for w in ["aab", "", "xyz"]))
print(sorted(set(str(i % 3) for i in range(10))), set(x for x in ()))


def failing():
    yield "x"
    yield 2
    raise ValueError("in generator")


try:
    set(failing())
except ValueError as e:
    print("caught", e)
print(sum(len(set(v[i] + i for i in range(4))) for v in [(0, 1, 2, 3), (3, 2, 1, 0)]))
