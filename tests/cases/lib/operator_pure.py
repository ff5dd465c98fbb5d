# operator imports without its native half (_operator blocked, as
# test.support.import_helper.import_fresh_module(..., blocked=['_operator'])
# does): the pure-Python operators, itemgetter/attrgetter/methodcaller with
# their reprs and pickling, and the dunder aliases; then the native module again.
import sys
import pickle

sys.modules['_operator'] = None
sys.modules.pop('operator', None)
import operator as py_op
print(type(py_op.add).__name__, py_op.__add__ is py_op.add, py_op.__call__ is py_op.call)
print(py_op.add(2, 3), py_op.concat([1], [2]), py_op.iadd([1], [2]), py_op.truth([]),
      py_op.index(7), py_op.is_not(1, None), py_op.countOf([1, 2, 1], 1),
      py_op.indexOf('abc', 'c'), py_op.length_hint(iter(range(4))), py_op.call(max, 1, 5))
for f in (lambda: py_op.concat(1, 2), lambda: py_op.indexOf([1], 2),
          lambda: py_op.length_hint([], 'x'), lambda: py_op.attrgetter(1)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class P:
    x = 1
    class y:
        z = 2
ig = py_op.itemgetter(1, 0)
ag = py_op.attrgetter('x', 'y.z')
mc = py_op.methodcaller('split', ',', maxsplit=1)
print(ig('ab'), ag(P), mc('a,b,c'), py_op.itemgetter(2)('xyz'))
print(repr(ig), repr(ag), repr(mc))
print(pickle.loads(pickle.dumps(py_op.itemgetter(1)))([5, 6]))

del sys.modules['_operator']
del sys.modules['operator']
import operator as c_op
print(type(c_op.add).__name__, c_op.add(2, 3), c_op.__add__ is c_op.add)
print(py_op.add is c_op.add, sorted(py_op.__all__) == sorted(c_op.__all__))
