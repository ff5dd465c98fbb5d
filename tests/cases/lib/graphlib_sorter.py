# graphlib: TopologicalSorter's static_order, get_ready/done protocol, the
# CycleError with the cycle CPython reports, and the misuse errors.
import graphlib
from graphlib import TopologicalSorter, CycleError

print(list(TopologicalSorter({'a': 'bc', 'b': 'c', 'd': 'a'}).static_order()))
print(list(TopologicalSorter({5: [3, 1], 3: [1], 4: [2, 5]}).static_order()))

ts = TopologicalSorter()
ts.add('x', 'y', 'z')
ts.add('y', 'z')
ts.add('w')
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(ready)
    ts.done(*ready)
print(order, bool(ts))

for graph in ({1: [2], 2: [3], 3: [1]}, {'a': ['b'], 'b': ['a'], 'c': ['a']},
              {0: [0]}, {1: [2, 3], 3: [4], 4: [3]}):
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError))

def attempt(f):
    try:
        r = f()
        print('ok', r)
    except ValueError as e:
        print(type(e).__name__, e)

t2 = TopologicalSorter({1: [2]})
attempt(t2.get_ready)
attempt(t2.is_active)
attempt(lambda: t2.done(1))
t2.prepare()
attempt(t2.prepare)
attempt(lambda: t2.add(3))
attempt(lambda: t2.done(9))
attempt(lambda: t2.done(1))
attempt(t2.get_ready)
attempt(lambda: t2.done(2))
attempt(lambda: t2.done(2))
attempt(t2.get_ready)
print(TopologicalSorter[int], graphlib.__all__)
