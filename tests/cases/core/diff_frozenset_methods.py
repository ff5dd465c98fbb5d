x = frozenset({1, 2})
for m in ['add', 'remove', 'discard', 'pop', 'clear', 'update', 'union', 'copy', 'intersection_update', 'difference_update', 'symmetric_difference_update']:
    print(m, hasattr(x, m), hasattr(set(), m))
try:
    x.update({'z': 26})
except Exception as ex:
    print(type(ex).__name__, ex)
print(x, x.union([3]), x.copy() is x)
s = {1, 2, 3, 4}
print(s.intersection_update([1, 2, 9], (2, 1, 3)), s)
print(s.difference_update([1]), s)
print(s.symmetric_difference_update([2, 7]), s)
s.intersection_update(); print(s)
try: s.symmetric_difference_update()
except TypeError as e: print(e)
try: s.difference_update(5)
except TypeError as e: print(e)
print(frozenset([1]).union([2]), type(frozenset([1]) | {2}).__name__)
