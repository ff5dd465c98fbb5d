# How a list grows: CPython over-allocates so that append is amortised O(1).
# sys.getsizeof shows the capacity jumps (56 bytes of header + 8 per slot).
import sys

items = []
last = sys.getsizeof(items)
print(f"len  0: {last} bytes (capacity 0)")
for i in range(64):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"len {len(items):2}: {size} bytes (capacity {(size - 56) // 8})")
        last = size

print("list literal of 10:", sys.getsizeof([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
print("[None] * 10:      ", sys.getsizeof([None] * 10))
print("list(range(10)):  ", sys.getsizeof(list(range(10))))
print("after clear():    ", (items.clear(), sys.getsizeof(items))[1])
print("elements are not included: getsizeof([[1] * 1000]) =", sys.getsizeof([[1] * 1000]))
