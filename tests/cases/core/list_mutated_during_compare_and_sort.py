# A list changed by the Python code that comparing or sorting it runs, as CPython
# answers: list == list looks at the sizes again after an item's __eq__ (which may
# have emptied a list); list.sort() empties the list while it runs and reports any
# resize meanwhile (an append undone by a pop, a key's __del__ refilling it) as
# "list modified during sort", but not a clear() of the emptied list; what was put
# in meanwhile is dropped last first, and the sorted items come back.
import sys
from functools import cmp_to_key


class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != [1])
list3 = [Z(), 5]
print(list3 < [1, 2], list3)


def sort_with(lst, **kw):
    try:
        lst.sort(**kw)
        print("sorted", lst)
    except ValueError as e:
        print("ValueError:", e, lst)


def append_pop(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)


def append_del(x, y):
    L.append(3)
    del L[:]
    return (x > y) - (x < y)


for cmp in (append_pop, append_del):
    L = [2, 1]
    sort_with(L, key=cmp_to_key(cmp))


class Refill:
    def __init__(self, x):
        self.x = x

    def __del__(self):
        del data[:]
        data[:] = range(20)

    def __lt__(self, other):
        return self.x < other.x


data = [3, 1, 2]
sort_with(data, key=Refill)


def clearing_key(x):
    M.clear()
    print("during the sort: len", len(M), "getsizeof", sys.getsizeof(M))
    return -x


M = [3, 1, 2]
sort_with(M, key=clearing_key)


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def extending_key(x):
    N.extend([D(x * 10), D(x * 10 + 1)])
    return x


N = [2, 1]
sort_with(N, key=extending_key)
print("sizeof after", sys.getsizeof(N) == sys.getsizeof([2, 1]))
