# collections.defaultdict is a dict plus one field (CPython's C type): no __dict__,
# no weak references, `sys.getsizeof` a dict's + 8.
import collections
import sys

d = collections.defaultdict(list)
print(sys.getsizeof(d), sys.getsizeof({}) + 8)
for i in range(6):
    d[i].append(i)
print(sys.getsizeof(d), sys.getsizeof(dict(d)) + 8)
try:
    vars(d)
except TypeError as e:
    print(e)
print(type(collections.defaultdict.__dict__["default_factory"]).__name__)
print(d.default_factory, len(d))


class Sub(collections.defaultdict):
    pass


s = Sub(int)
s.y = 2
print(sys.getsizeof(s), s.y, s["missing"], dict(s))
