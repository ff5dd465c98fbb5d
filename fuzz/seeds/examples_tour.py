# A short tour of mempy: ordinary Python 3.11 code, plus a look at the memory model.
# Run it with:  cargo run --release -- examples/tour.py   (or python3 examples/tour.py)
import gc
import sys

# Functions, recursion and big integers
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("fact(25) =", fact(25))

# Lists, dicts and comprehensions
squares = [n * n for n in range(6)]
ages = {"ann": 31, "bob": 27}
ages["cy"] = 45
print("squares:", squares, "| oldest:", max(ages, key=ages.get))

# Classes with a dunder method
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print("point:", Point(1, 2), "| f-string spec:", f"{3.14159:8.3f}|{42:>5}|")

# Exceptions
try:
    ages["dan"]
except KeyError as e:
    print("missing key:", e)

# sys.getsizeof: a list over-allocates as it grows
items, last = [], None
for i in range(10):
    items.append(i)
    if sys.getsizeof(items) != last:
        last = sys.getsizeof(items)
        print(f"len {len(items):2}: getsizeof = {last} bytes")

# sys.getrefcount: the call's own argument counts as one reference
a = []
b = a
print("refcount of a list with one alias:", sys.getrefcount(a))
del b
print("after del b:", sys.getrefcount(a))

# The cycle collector: refcounting alone cannot free a cycle
gc.disable()
gc.collect()
cycle = [1]
cycle.append(cycle)
del cycle
print("gc.collect() found", gc.collect(), "unreachable object(s)")
