# collections.deque as CPython's C type: its type and names, the methods, indexing
# (no slices), comparisons, + and *, repr (recursive too), errors.
from collections import deque

print(deque, type(deque), deque.__name__, deque.__qualname__, deque.__module__)
print(type(iter(deque())), type(reversed(deque())))
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.insert(2, 'x')
d.insert(-100, 'first')
d.insert(100, 'last')
print(d, d.index('x'), d.count(5))
del d[1]
d[0] = 'F'
d.remove('x')
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d.copy(), d.copy() is d, d.__copy__() == d)
d.clear()
print(d, bool(d), d.maxlen)

b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend(range(5))
print(b, deque('xyz', 0))

print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('a'), deque([1]) * 0)
e = deque([1, 2])
e += [3]
e *= 2
print(e)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]),
      deque([1, 2]) != deque([1]), deque([2]) >= deque([1, 9]), deque() == [])
print(deque([1, 2, 3, 2]).index(2, 2), deque([1, 2, 3]).index(3, -1))

r = deque([1])
r.append(r)
print(r)
print(repr(deque(maxlen=2)), str(deque(['s'])))

def show(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as ex:
        print(expr, '->', type(ex).__name__, ex)

for expr in [
    "hash(deque())", "deque()[1:2]", "deque().pop()", "deque().popleft()",
    "deque()[0]", "deque()['a']", "deque()[2**70]", "deque([1]).index(2)",
    "deque([1]).remove(2)", "deque([1], 1).insert(0, 2)", "deque(maxlen=-1)",
    "deque(maxlen='a')", "deque(maxlen=2**70)", "deque(1)", "deque(foo=1)",
    "deque(1, 2, 3)", "deque() + [1]", "deque() * 'a'", "deque() < [1]",
    "deque([1]).rotate('a')", "deque.append()", "deque().append()",
    "deque().count()", "deque([1]).index(1, 'a')", "deque().x",
    "deque.append(1, 2)", "deque.__len__(1)", "deque([1]) * 1.5",
]:
    show(expr)
try:
    deque().maxlen = 3
except AttributeError as ex:
    print(ex)
