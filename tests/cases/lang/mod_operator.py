# Checks: operator functions (arithmetic, comparison, logic, sequence, in-place),
# itemgetter/attrgetter/methodcaller (values, reprs, errors), use as sort keys.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5),
      operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10),
      operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2), operator.not_([]), operator.truth("x"),
      operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.concat([1], [2]),
      operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
d = {}
operator.setitem(d, "k", 1)
print(d)
operator.delitem(d, "k")
print(d, operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
lst = [1]
r = operator.iadd(lst, [2])
print(r, r is lst, operator.iadd(1, 2), operator.isub(5, 2), operator.imul("ab", 2),
      operator.ior({1}, {2}), operator.itruediv(1, 4), operator.ifloordiv(9, 4),
      operator.imod(9, 4), operator.ipow(3, 3), operator.iand(6, 3), operator.ixor(6, 3),
      operator.ilshift(1, 3), operator.irshift(16, 2), operator.iconcat([0], (1,)))
print(operator.__add__(1, 2), operator.call(max, 1, 5))
for bad in ["operator.index(1.5)", "operator.concat(1, 2)", "operator.indexOf([1], 2)",
            "operator.truediv(1, 0)", "itemgetter()", "attrgetter(1)", "methodcaller(1)"]:
    try:
        eval(bad)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(bad, type(e).__name__, e)

g = itemgetter(1)
print(g, g("abc"), g([5, 6]), itemgetter(0, 2)("abc"), itemgetter("a")({"a": 9}))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs), max(pairs, key=itemgetter(1)))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self

    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct


people = [P("bob", 30), P("al", 25)]
ga = attrgetter("age")
print(ga, [ga(p) for p in people], attrgetter("name", "age")(people[0]),
      attrgetter("me.me.name")(people[1]), attrgetter("x.y", "z"))
print([p.name for p in sorted(people, key=attrgetter("age"))])
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
m = methodcaller("greet", "hi", punct="?")
print(m, m(people[0]), methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
try:
    g(5)
except TypeError as e:
    print("TypeError:", e)
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
