# Checks: sum() over a list or tuple adds machine numbers in place and hands the
# first item that does not fit (a big int's overflow, a float after ints, an
# object) to `+` exactly where CPython's builtin_sum does, from wherever the
# iterator stood; list.extend of a list or tuple (itself, short, long) gives
# CPython's items, sizes and reference counts.
import sys

print(sum([1, 2, 3]), sum((1, 2.5, 3)), sum([True, 2, 3.0]), sum([], 7), sum([1.5, 2], 1))
print(sum([2**62, 2**62, 5]), sum([-2**63, -1, 1]), sum([1, 2**70, 1]))
it = iter([10, 20, 30, 40])
next(it)
print(sum(it), list(it))
t = (1, 2, 3)
it = iter(t)
print(sum(it, 100), next(it, "end"))


class A:
    def __init__(self, v, lst=None):
        self.v = v
        self.lst = lst

    def __radd__(self, other):
        print(" radd", other, self.v)
        if self.lst is not None:
            self.lst.append(5)
            self.lst.append(A(1000))
        return other + self.v

    def __add__(self, other):
        print(" add", self.v, other)
        return self.v + other


lst = [1, 2]
lst.append(A(10, lst))
lst.append(3)
print(sum(lst))
print(sum([A(1), 2, 3]))
print(sum([1.0, A(2), 3]))
big = 10**20
print(sum([big, 1]), sys.getrefcount(big))
f = 1.5
print(sum([f, f]), sys.getrefcount(f))

x = [1, 2]
x.extend(x)
print(x, sys.getsizeof(x))
x = []
x.extend((1, 2, 3))
print(x, sys.getsizeof(x))
x = [0]
x.extend(list(range(40)))
print(len(x), sys.getsizeof(x))
x = []
x.extend(tuple(range(17)))
print(len(x), sys.getsizeof(x))
o = object()
x = []
x.extend([o, o, o])
print(sys.getrefcount(o))
del x
print(sys.getrefcount(o))


class L(list):
    def __iter__(self):
        print(" own __iter__")
        return iter([9])


x = [1]
x.extend(L([5, 6]))
print(x)
x.extend(())
x.extend([])
print(x, sys.getsizeof(x))
