# Checks: reversed() of a dict's keys, values and items views, dict.__reversed__,
# dict.__ror__ (NotImplemented for non-dicts) and dict.__ior__ (any mapping or
# iterable of pairs), and that a reversed view sees the dict's order.
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(d.__reversed__()), list(reversed({}.items())))
d['a'] = 9
del d['b']
d['b'] = 0
print(list(reversed(d.items())))
print({1: 2}.__ror__({3: 4}), dict.__ror__({1: 2}, 5), {1: 2}.__or__([3]))
x = {1: 2}
print(x.__ior__([(3, 4)]) is x, x)
try:
    x.__ior__(5)
except TypeError as e:
    print(e)
try:
    5 | x
except TypeError as e:
    print(e)
