# itertools.tee reads n as a C ssize_t and allocates its result before making any
# iterator: a huge n fails at once instead of running until memory is exhausted.
import itertools


class Two:
    def __index__(self):
        return 2


for n in [10**10, 2**62, 2**63 - 1, 2**63, 2**64, 10**30, -(2**63), -(2**64), -1, "3", 1.5, None]:
    try:
        r = itertools.tee([1, 2], n)
        print(repr(n), "->", len(r))
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(repr(n), "->", type(e).__name__, e)

a, b = itertools.tee(iter([1, 2, 3]), Two())
print(list(a), list(b))
print(itertools.tee("ab", True)[0].__next__())
print(itertools.tee([], 0))
print([list(t) for t in itertools.tee(range(3), 4)])
