# pprint layouts: width/indent/depth/compact/sort_dicts/underscore_numbers, strings
# and bytes wrapping, the collections types, namespaces, dataclasses, subclasses
# of format(), recursion and the module-level helpers.
import pprint, types, dataclasses, io
from collections import OrderedDict, defaultdict, Counter, deque, UserDict, UserList, UserString

data = {'key%d' % i: [list(range(j)) for j in range(i)] for i in range(7)}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, compact=True, width=30)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp({'b': 1, 'a': [1, 2, 3] * 20})
print(pprint.pformat(12345678901234567890, underscore_numbers=True))
print(pprint.pformat([10**12] * 8, underscore_numbers=True, width=40))
s = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(s)
pprint.pprint([s, s[:50]])
pprint.pprint({'text': s + '\nsecond line\nthird'}, width=60)
pprint.pprint('  leading blanks and a verylongwordthatcannotbebrokenanywhere ' * 2, width=30)
pprint.pprint(b'abcdefghijklmnopqrstuvwxyz' * 3, width=40)
pprint.pprint([b'abcdefghijklmnopqrstuvwxyz' * 3], width=40)
pprint.pprint(b'abcdefghijklmnopq' * 3, width=25)
pprint.pprint(bytearray(b'0123456789' * 8), width=50)
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(12)))
pprint.pprint(defaultdict(list, {('k%d' % i): list(range(i)) for i in range(8)}))
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque(), set(), frozenset()])
pprint.pprint(Counter('abracadabra' * 20 + 'xyzuvw'), width=30)
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(UserDict({'key%d' % i: 'value' * i for i in range(7)}))
pprint.pprint(UserList(['item%d' % i * 3 for i in range(12)]))
pprint.pprint(UserString('ab cd ef gh ' * 10), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(25)), beta='x' * 60, gamma={'a': 1}))
ns = types.SimpleNamespace(a=1)
ns.me = ns
pprint.pprint(ns, width=10)
pprint.pprint(types.MappingProxyType({'k%d' % i: i for i in range(15)}))

@dataclasses.dataclass
class P:
    x: int
    y: list
    z: str = 'zzz'
    hidden: int = dataclasses.field(default=0, repr=False)

pprint.pprint(P(1, list(range(30))))
pprint.pprint([P(i, [i]) for i in range(4)], width=30)
pprint.pprint(set(range(25)))
pprint.pprint(frozenset(range(25)))
pprint.pprint({3, 'a', (1,)}, width=5)
pprint.pprint(tuple(range(25)))
pprint.pprint((list(range(25)),))
pprint.pprint([[[[[1]]]]], depth=3)
pprint.pprint({'a': {'b': {'c': {}}}}, depth=2)
pprint.pprint([(), [], {}, '', b''], width=1)
pprint.pprint(list(range(40)), indent=3, width=20, compact=True)
pp = pprint.PrettyPrinter(indent=3, width=30)
print(pp.pformat(data)[:300])
print(pp.isreadable(data), pp.isrecursive(data))
print(pp.format([1, 2], {}, 0, 0))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)

class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)

print(Upper(width=20).pformat({'a': ['xyz', 'abc', 'def', 'ghi']}))
print(pprint.pformat({1: 'a', 'b': 2, None: 3, (1,): 4}))
print(pprint.pformat([1.5, 2j, True, None, -3]))
buf = io.StringIO()
pprint.pprint(list(range(30)), stream=buf, width=60)
print(buf.getvalue(), end='')

class MyList(list):
    pass

class MyDict(dict):
    def __repr__(self):
        return 'MyDict!'

pprint.pprint(MyList(range(30)))
pprint.pprint(MyDict(a=1))
print(pprint.saferepr([1, {2: 3}, (4,), 'x']))
print(pprint.isreadable([1, 'a', (2,)]), pprint.isreadable(object()), pprint.isrecursive([1]))
l = [1, 2]
l.append(l)
d = {'a': 1}
d['self'] = d
print(pprint.isrecursive(l), pprint.isreadable(l), pprint.isrecursive(d))
print(pprint.saferepr(l).startswith('[1, 2, <Recursion on list with id='))
print(pprint.pformat(d).startswith("{'a': 1, 'self': <Recursion on dict with id="))
shared = [1, 2, 3]
pprint.pprint([shared, shared, {'again': shared}], width=20)
