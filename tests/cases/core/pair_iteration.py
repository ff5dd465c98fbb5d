# for i, x in enumerate(...) and for k, v in d.items() unpack each pair without a
# tuple; every other shape, a dict changed during iteration, and exhaustion stay
# CPython's.
import sys

l = ["a", "b", "c"]
for i, x in enumerate(l):
    print(i, x, end="; ")
print()
for i, x in enumerate(("p", "q"), 10):
    print(i, x, end="; ")
print()
for i, ch in enumerate("xyz"):
    print(i, ch, end="; ")
print()
d = {"one": 1, "two": 2, "three": 3}
for k, v in d.items():
    print(k, v, end="; ")
print()
for k in d:
    print(k, end=" ")
for v in d.values():
    print(v, end=" ")
print()
for pair in enumerate(l):
    print(pair, end=" ")
for item in d.items():
    print(item, end=" ")
print()
try:
    for a, b, c in d.items():
        pass
except ValueError as e:
    print(e)
try:
    for k, v in d.items():
        d["four"] = 4
except RuntimeError as e:
    print(e)
try:
    for k in d:
        del d["one"]
except RuntimeError as e:
    print(e)
e = enumerate([1, 2])
for i, x in e:
    pass
print(list(e), next(enumerate([]), "done"))
obj = object()
before = sys.getrefcount(obj)
items = [obj] * 5
for i, o in enumerate(items):
    pass
del o
print(sys.getrefcount(obj) - before)
dd = {obj: obj}
for k, v in dd.items():
    pass
del k, v
print(sys.getrefcount(obj) - before)
lst = [0, 1]
for i, x in enumerate(lst):
    if i < 3:
        lst.append(i)
print(lst)
big = {i: str(i) for i in range(1000)}
print(sum(k for k, v in big.items() if v.endswith("7")))
