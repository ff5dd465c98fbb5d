# collections.ChainMap: lookups through the chain, writes to the first map,
# new_child/parents/maps, the operators, copies and the KeyError messages;
# collections._count_elements.
from collections import ChainMap, Counter, _count_elements
from collections.abc import MutableMapping

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, len(cm), list(cm), sorted(cm.items()))
print(cm['a'], cm['b'], cm.get('z'), cm.get('z', 0), 'c' in cm, 'z' in cm)
print(isinstance(cm, MutableMapping), bool(cm), bool(ChainMap()), ChainMap())
cm['d'] = 4
del cm['b']
print(over, base, cm['b'])
for bad in (lambda: cm.__delitem__('a'), lambda: cm.pop('a'), lambda: cm['zz']):
    try:
        bad()
    except KeyError as e:
        print(type(e).__name__, e)
print(cm.pop('a', 'dflt'), cm.pop('c'))
child = cm.new_child()
child['x'] = 1
print(child, child.parents, child.parents.maps is not cm.maps)
print(cm.new_child({'m': 1}, k=2), cm.new_child(k=3))
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))
c2 = cm.copy()
c2['new'] = 1
print(cm, c2, type(cm.__copy__()).__name__)
print(cm | {'z': 26}, {'z': 26} | cm)
cm |= {'y': 25}
print(cm)
try:
    cm | 1
except TypeError as e:
    print(e)
e = ChainMap({})
print(e.popitem.__name__)
try:
    e.popitem()
except KeyError as err:
    print(err)
cm.clear()
print(cm, base)
class Dflt(dict):
    def __missing__(self, key):
        return key * 2
print(ChainMap({}, Dflt())['ab'])
class Sub(ChainMap):
    def __missing__(self, key):
        return 'missing ' + key
s = Sub({'k': 1})
print(s['q'], s.new_child(), type(s.parents).__name__)
r = ChainMap({})
r.maps[0]['self'] = r
print(r)
# Iteration order: first appearance going from the last map to the first.
print(list(ChainMap({'z': 1, 'a': 1}, {'b': 1, 'a': 2}, {'c': 1, 'b': 2})))

tally = {}
_count_elements(tally, 'abracadabra')
print(tally)
c = Counter()
_count_elements(c, [1, 1, 2])
print(c, Counter('hello').most_common(2))
