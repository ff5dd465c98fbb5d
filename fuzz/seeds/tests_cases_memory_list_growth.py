# Checks: list over-allocation: sys.getsizeof after each append (capacity steps), after pop, clear, and list(range) vs comprehension.
import sys
L = []
last = sys.getsizeof(L)
print("len 0 size", last)
for i in range(70):
    L.append(i)
    s = sys.getsizeof(L)
    if s != last:
        print("len", len(L), "size", s, "capacity", (s - sys.getsizeof([])) // 8)
        last = s
while len(L) > 3:
    L.pop()
print("after pops", len(L), sys.getsizeof(L))
L.clear()
print("after clear", sys.getsizeof(L))
print("list(range(10))", sys.getsizeof(list(range(10))))
print("comprehension 10", sys.getsizeof([i for i in range(10)]))
print("literal 10", sys.getsizeof([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
print("[0]*10", sys.getsizeof([0] * 10))
M = [1, 2, 3]
M.extend(range(5))
print("extend", len(M), sys.getsizeof(M))
M2 = [1, 2, 3]
M2 += [4]
print("iadd", sys.getsizeof(M2))
