# `for` over instances of list and tuple subclasses in the dispatch loop's fast
# path (the instance's builtin part is walked): items, growth during the loop, the
# iterator's type before and after it ends, the instance's death when the loop lets
# go of it (a temporary with `__del__`), and the counts the loop holds.
import sys

class OC(list):
    pass

class TS(tuple):
    pass

class Loud(list):
    def __del__(self):
        print("  Loud dies")

class SS(str):
    pass

def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out

def grow(seq):
    n = 0
    for x in seq:
        n += 1
        if len(seq) < 6:
            seq.append(x * 10)
    return n, list(seq)

def counts(seq):
    before = sys.getrefcount(seq)
    inside = []
    for x in seq:
        inside.append(sys.getrefcount(seq) - before)
    return inside, sys.getrefcount(seq) - before

o = OC([1, 2, 3])
t = TS((4, 5))
print(walk(o), walk(t), walk(OC()), walk(TS()))
print(grow(OC([1, 2])))
print(counts(o), counts(t))

def temp():
    for x in Loud([7, 8]):
        print("  item", x)
    print("  after loop")

temp()

it = iter(o)
print(type(it).__name__, next(it), sys.getsizeof(it))
for _ in it:
    pass
print(type(it).__name__, sys.getsizeof(it), list(it))
it = iter(t)
for _ in it:
    pass
print(type(it).__name__, sys.getsizeof(it))
print(walk(SS("ab")))

# A list subclass changing under the loop: items removed, the payload emptied.
def shrink(seq):
    seen = []
    for x in seq:
        seen.append(x)
        if seq:
            seq.pop(0)
    return seen, list(seq)

print(shrink(OC([1, 2, 3, 4, 5])))

# Comparisons answered in the loop: ints, identity, mixed kinds.
class Direction:
    NONE = 0
    FORWARD = 1

def cmp_all(a, b):
    return (a == b, a != b, a < b, a <= b, a > b, a >= b, a is b, a is not b)

for a, b in [(1, 1), (1, 2), (2**40, 2**40 + 1), (-5, -5), (1, 1.0), (True, 1), (None, None)]:
    print(cmp_all(a, b) if a is not None else (a is b, a is not b))
d = Direction.FORWARD
print(d == Direction.FORWARD, d != Direction.NONE, Direction.NONE < d)
