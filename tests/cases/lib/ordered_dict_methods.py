# OrderedDict as CPython's: `self`/`other` are positional-only (a key named 'self'),
# pop/setdefault take their default by keyword, `dict | od` is an OrderedDict,
# copy.copy/pickle keep the instance dict and slots, a repr that meets the dict
# again (directly or through a view of it) shows `...`; dict views' reprs too.
from collections import OrderedDict
import copy
import pickle

od = OrderedDict(self=1, other=2)
print(od)
print(od.pop('self', default=9), od.pop('zz', default=9))
print(od.setdefault('k', default=5), od)
try:
    od.pop('missing')
except KeyError as e:
    print('KeyError', e)
r = dict(a=1) | OrderedDict(b=2)
print(type(r).__name__, r)
l = OrderedDict(x=1)
l |= {'y': 2}
print(l, type(l | {'z': 3}).__name__)

od = OrderedDict([('a', 1), ('b', 2)])
od.x = ['x']
dup = copy.copy(od)
print(dup, dup.x is od.x)
back = pickle.loads(pickle.dumps(od))
print(back, back.x)


class Slotted(OrderedDict):
    __slots__ = ('q',)


s = Slotted(a=1)
s.q = 5
print(copy.copy(s).q, copy.deepcopy(s))

od = OrderedDict.fromkeys('ab')
od['me'] = od
print(od)
od['me'] = od.values()
print(isinstance(repr(od), str))
d = {}
d[1] = d.values()
print(d)
d[1] = d.items()
print(d)
d[1] = d.keys()
print(d)
