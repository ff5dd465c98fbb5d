# Slice assignment from a list that only the evaluation stack holds (a slice, a sum,
# a call's result) and from a list subclass or the target itself: the items, sizes,
# refcounts and the order of __del__ calls.
import sys
class L(list):
    def __del__(self):
        print("L del", list(self))
class D:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
l = list(range(8))
l[:3] = L([7, 8, 9])
print(l, sys.getsizeof(l))
l[2:4] = [D(1), D(2)] + [D(3)]
print(len(l))
l[2:5] = l[4:1:-1]
print([getattr(x, 'n', x) for x in l])
l[:] = []
p = list(range(9))
for k in (3, 5, 8, 2):
    p[:k + 1] = p[k::-1]
    print(p, sys.getsizeof(p))
a = [1, 2]
b = a
a[1:] = a[:]
print(a, b)
print(sys.getrefcount(a))
