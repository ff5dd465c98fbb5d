# dict == dict: str keys with plain values compare without running Python code;
# anything else (instances, None values, nested dicts) still takes the full path,
# with __eq__ called in the first dict's order.
a = {'x': 1, 'y': 'two', 'z': 3.5, 'w': (1, 'a'), 'v': [1, 2.0]}
b = {'v': [1, 2.0], 'w': (1, 'a'), 'z': 3.5, 'y': 'two', 'x': 1}
print(a == b, a != b)
b['z'] = 3.25
print(a == b, a != b)
b['z'] = 3.5
b['x'] = True
print(a == b)                # 1 == True
b['x'] = 1.0
print(a == b)
nan = float('nan')
print({'n': nan} == {'n': nan}, {'n': nan} == {'n': float('nan')})
print({'a': 1} == {'b': 1}, {'a': 1} == {'a': 1, 'b': 2}, {} == {})
print({'a': None} == {'a': None}, {'a': {'b': 1}} == {'a': {'b': 1}})
print({1: 'a', 'b': 2} == {'b': 2, 1: 'a'}, {'1': 1} == {1: 1})

log = []
class E:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        log.append(self.n)
        return isinstance(other, E) and self.n == other.n
    __hash__ = object.__hash__
e1, e2 = E(1), E(1)
print({'a': 1, 'b': e1, 'c': 2} == {'c': 2, 'b': e2, 'a': 1}, log)
log.clear()
print({'a': 1, 'b': e1, 'c': 2} == {'c': 3, 'b': e2, 'a': 1}, log)
log.clear()
print({'a': 2, 'b': e1} == {'a': 1, 'b': e2}, log)

class K(str):
    def __eq__(self, other):
        log.append('K')
        return str.__eq__(self, other)
    __hash__ = str.__hash__
log.clear()
print({'k': 1} == {K('k'): 1}, log)
