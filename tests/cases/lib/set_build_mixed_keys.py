# Building sets from lists, tuples, generators and displays whose items mix keys that
# compare natively (ints, floats, bools, strs, tuples) with instances whose __eq__ and
# __hash__ are Python code: which item is kept, when __eq__ runs, and the sizes.
import sys


class E:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        print("eq", self.v, o)
        return self.v == o

    def __repr__(self):
        return "E(%r)" % (self.v,)


s = set([1, 1, 2.0, True, "a", "a", (1, 2), (1, 2), None, 2])
print(sorted(map(repr, s)), sys.getsizeof(s))
print(sorted(map(repr, {E(1), 1, 1.0, E(2), 2})))
print(sorted(map(repr, set([1, E(1), 2, E(2), 3]))))
print(sorted(map(repr, set(x % 7 for x in range(40)))))
print(sorted(map(repr, frozenset((i, i % 2) for i in range(6)))))
s = set(range(100))
print(len(s), sys.getsizeof(s))
s = set([5, 13, 21, 29, 37])
s.discard(13)
s.update([45, 13, 53])
print(sorted(s), sys.getsizeof(s))
s = set(str(i % 9) for i in range(30))
print(sorted(s), sys.getsizeof(s))
try:
    set([1, 2, [3]])
except TypeError as e:
    print("TypeError", e)
try:
    {1, 2, {3}}
except TypeError as e:
    print("TypeError", e)
