# itemgetter, attrgetter and methodcaller are native types: calls, reprs,
# __reduce__ (copy and pickle), sizes, errors, and use as sort keys.
import copy
import operator
import pickle
import sys
from operator import attrgetter, itemgetter, methodcaller

ig = itemgetter(1)
ag = attrgetter('real.imag', 'real')
mc = methodcaller('split', ',', maxsplit=1)
print(ig, ag, mc, itemgetter(1, 'a'), methodcaller('x'), attrgetter('a.b.c'))
print(type(ig), type(ig).__name__, type(ig).__module__, callable(ig))
print(ig.__reduce__(), ag.__reduce__(), mc.__reduce__(), methodcaller('m', 1).__reduce__())
print(ig([5, 6]), ag(3), mc('a,b,c'), itemgetter(0, -1)('xyz'), itemgetter('k')({'k': 1}))
print(copy.copy(ig), pickle.loads(pickle.dumps(mc))('1,2,3'),
      pickle.loads(pickle.dumps(ag))(2), copy.deepcopy(itemgetter(0, 1))('ab'))
print(sys.getsizeof(ig), sys.getsizeof(itemgetter(1, 2)), sys.getsizeof(ag),
      sys.getsizeof(mc))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.me = self

    def greet(self, greeting='hi', punct='!'):
        return greeting + ' ' + self.name + punct

    def __repr__(self):
        return 'P(%r)' % self.name


people = [P('bo', 30), P('al', 25), P('cy', 30)]
print(sorted(people, key=attrgetter('age', 'name')))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)))
print(max(people, key=attrgetter('me.name')), list(map(methodcaller('greet', punct='?'), people)))
print(list(map(itemgetter(slice(1, None)), ['abc', 'xy'])))

lst = []
rec = itemgetter(lst)
lst.append(rec)
print(rec)

for expr in [
    "itemgetter()", "itemgetter(k=1)", "itemgetter(1)()", "itemgetter(1)(1, 2)",
    "itemgetter(1)(x=1)", "attrgetter()", "attrgetter(1)", "attrgetter('a')(1)",
    "attrgetter('real.a')(1)", "methodcaller()", "methodcaller(1)",
    "methodcaller('nope')(1)", "methodcaller(name='x')",
    "methodcaller('x', name='y')", "methodcaller('x', name='y').__reduce__()",
    "itemgetter(5)([1])", "ig == itemgetter(1)",
]:
    try:
        print(expr, '->', eval(expr))
    except Exception as ex:
        print(expr, '->', type(ex).__name__, ex)
try:
    class Sub(itemgetter):
        pass
except TypeError as ex:
    print(ex)
try:
    ig.x = 1
except AttributeError as ex:
    print(ex)
