# deque iterators: forward and reversed, length hints, __reduce__, and the
# RuntimeError of a deque changed during iteration, a search or a comparison.
from collections import deque

d = deque([1, 2, 3])
it = iter(d)
print(next(it), it.__length_hint__(), it.__reduce__())
rit = reversed(d)
print(next(rit), rit.__length_hint__(), rit.__reduce__())
print(list(it), list(rit))

try:
    for x in d:
        d.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
try:
    for x in reversed(d):
        d.pop()
except RuntimeError as ex:
    print('RuntimeError', ex)


class Grow:
    def __eq__(self, other):
        target.append(1)
        return False


for expr in ["Grow() in target", "target.count(Grow())", "target.index(Grow())",
             "target.remove(Grow())", "target == deque([Grow(), 1, 2])"]:
    target = deque([1, 2, 3])
    try:
        print(expr, eval(expr))
    except Exception as ex:
        print(expr, type(ex).__name__, ex)

print(sorted(deque([3, 1, 2])), sum(deque(range(5))), list(enumerate(deque('ab'))))
match deque([1, 2]):
    case [a, b]:
        print('sequence', a, b)
