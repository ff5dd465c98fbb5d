# operator's functions are native builtins with CPython's names, dunder aliases and
# argument errors.
import operator

print(operator.add, operator.itemgetter, operator.__add__ is operator.add)
print([n for n in dir(operator) if n.startswith('__') and n.endswith('__')
       and n not in ('__all__', '__builtins__', '__cached__', '__doc__', '__file__',
                     '__loader__', '__name__', '__package__', '__spec__')])
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne('a', 'a'),
      operator.gt(3, 2), operator.ge(1, 2))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('ab', 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(3),
      operator.pos(-3), operator.abs(-4.5), operator.inv(5), operator.invert(0),
      operator.lshift(1, 5), operator.rshift(64, 2), operator.and_(6, 3),
      operator.or_(6, 3), operator.xor(6, 3))
print(operator.not_(0), operator.truth([]), operator.is_(None, None),
      operator.is_not(1, None), operator.index(True), type(operator.index(True)))
print(operator.concat([1], [2]), operator.contains('abc', 'b'),
      operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf('abc', 'c'))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.getitem('hello', slice(1, 3)))
a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.iconcat(a, (3,)), operator.isub(5, 2), operator.imul(3, 4),
      operator.ipow(2, 3), operator.ior({1}, {2}), operator.iand(7, 3),
      operator.ixor(7, 1), operator.ilshift(1, 3), operator.irshift(16, 2),
      operator.imod(9, 4), operator.ifloordiv(9, 4), operator.itruediv(9, 4))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(10))),
      operator.length_hint(5, 7), operator.call(max, 3, 9, key=lambda x: -x))


class Hint:
    def __init__(self, n):
        self.n = n

    def __length_hint__(self):
        return self.n


print(operator.length_hint(Hint(4)), operator.length_hint(Hint(NotImplemented), 2))

for expr in [
    "operator.add(1)", "operator.add()", "operator.add(a=1, b=2)", "operator.not_()",
    "operator.not_(1, 2)", "operator.truth()", "operator.index(1.5)",
    "operator.concat(1, 2)", "operator.iconcat(1, 2)", "operator.indexOf([1], 2)",
    "operator.length_hint(1, 'a')", "operator.countOf(1, 1)", "operator.call()",
    "operator.lt(1, 'a')", "operator.getitem([1], 5)", "operator.is_(1)",
    "operator.length_hint()", "operator.abs('a')", "operator.neg('a')",
    "operator.delitem({}, 1)", "operator.setitem(1, 2)", "operator.length_hint(Hint(-1))",
    "operator.length_hint(Hint('x'))",
]:
    try:
        print(expr, '->', eval(expr))
    except Exception as ex:
        print(expr, '->', type(ex).__name__, ex)
