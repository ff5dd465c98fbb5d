# Slice assignment on lists: the sizes CPython's list_ass_slice leaves (it resizes
# from the old length, and not at all when as many items go in as come out), the
# order the replaced items are freed in (last to first), and the items themselves.
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


l = []
l[0:0] = list(range(100))
print(sys.getsizeof(l), len(l))
l = list(range(10))
l[2:5] = [1] * 20
print(sys.getsizeof(l), l)
l = list(range(40))
l[2:30] = [7]
print(sys.getsizeof(l), l)
l = list(range(10))
l[:4] = l[3::-1]
print(sys.getsizeof(l), l)
l = list(range(10))
l[3:3] = ()
print(sys.getsizeof(l), l)
l = [0] * 3
l[1:] = "abcdef"
print(sys.getsizeof(l), l)
l = list(range(8))
l[5:2] = [9, 9]
print(sys.getsizeof(l), l)
l = list(range(8))
l[:] = l
print(sys.getsizeof(l), l)

l = [D(1), D(2), D(3), D(4)]
l[1:3] = [D(5), D(6)]
print("--")
l[0:3] = [D(7)]
print("--")
l[1:] = [D(8), D(9), D(10)]
print("--")
l[:] = []
print("end")
