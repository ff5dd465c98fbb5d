# min()/max() of a list, tuple, set or frozenset of ints (read in place): the first
# strictly best item, the very object; subclasses go through their __iter__; bools,
# floats and big ints mixed in, key=, default= and the empty error as before.
class L(list):
    def __iter__(self):
        print("iter L")
        return iter([100, -100])
class S(set):
    def __iter__(self):
        print("iter S")
        return iter([7])
class T(tuple):
    pass
print(min(L([1, 2, 3])), max(L([1, 2, 3])))
print(min(S({1, 2})), max(S({5, 9})))
print(min(T((4, 2, 9))), max(T((4, 2, 9))))
print(min([3, 1, 2]), max([3, 1, 2]), min((5,)), max({4, 8, 1}), min(frozenset({-3, 7})))
print(min([1, True, 0]), max([False, 1]), min([2, 1.0, 1]), max([1, 2**70, 3]), min([2**70, -2**70]))
print(min({1, 2, 3}, default=9), min([], default=9), max([3, 5], key=lambda x: -x))
a, b = 1000, 1000 + 0
print(min([a, b]) is a, max([a, b]) is a)
try:
    min([])
except ValueError as e:
    print(e)
import sys
x = [5000, 6000]
m = min(x)
print(sys.getrefcount(m), m)
