# itertools natively: laziness, groupby when the outer iterator advances, tee
# independence and copies, combinatorics, count with float/complex steps,
# accumulate initial=, subclasses, copy/pickle round trips, cycles through them.
import itertools as it, sys, gc, copy, pickle
# laziness
def gen(name, n):
    for i in range(n):
        print('gen', name, i)
        yield i
c = it.chain(gen('a', 2), gen('b', 2))
print('made')
print(next(c), next(c), next(c))
print(list(it.islice(gen('c', 10), 2, 5)))
print(list(it.islice(gen('d', 10), 3, 1)))
s = it.islice(gen('e', 3), 5)
print(list(s), list(s))
# groupby
g = it.groupby('aaabbbcca')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print([(k, list(v)) for k, v in it.groupby('aabbbc')])
print([(k, len(list(v))) for k, v in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
g = it.groupby([1, 1, 2, 2, 3])
k, grp = next(g)
print(next(grp))
k2, grp2 = next(g)
print(k2, list(grp), list(grp2))
# tee
a, b = it.tee(range(5))
print(next(a), next(a), list(b), list(a))
a, b, c = it.tee(iter([1, 2, 3]), 3)
print(list(a), list(b), list(c))
x, = it.tee([1, 2], 1)
print(type(x).__name__, list(x))
a, b = it.tee([1, 2, 3])
c = copy.copy(a)
next(a)
print(list(a), list(b), list(c))
t1, t2 = it.tee(range(200))
print(sum(t1), sum(t2))
a, b = it.tee('abc'); c, d = it.tee(a); print(c is a, list(c), list(d), list(b))
# product / combinatorics
print(list(it.product(range(2), repeat=0)), list(it.product('ab', 'cd')), list(it.product('ab', repeat=2)))
print(list(it.permutations('abc', 2)), list(it.permutations(range(3))), list(it.permutations('ab', 3)))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('abc', 2)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 5))), len(list(it.combinations_with_replacement(range(6), 4))))
r = list(it.product([1, 2], [3, 4]))
print(r, [id(x) == id(r[0]) for x in r])
# count
print(list(it.islice(it.count(1.5, 0.5), 4)), list(it.islice(it.count(1j, 1+1j), 3)), list(it.islice(it.count(10, -3), 3)))
c = it.count(2**63 - 3); print([next(c) for _ in range(5)], c)
c = it.count(5); next(c); print(repr(c), c.__reduce__())
from fractions import Fraction
print(list(it.islice(it.count(Fraction(1, 2), Fraction(1, 3)), 3)))
# accumulate
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')))
print(list(it.accumulate([], initial=None)), list(it.accumulate([1, 2], func=None, initial=None)))
# zip_longest
print(list(it.zip_longest('ab', 'wxyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1, 2])))
# misc
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.cycle([])), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), list(it.islice(it.repeat(1), 2)))
print(list(it.chain.from_iterable(['ab', 'cd'])), list(it.chain('ab', [1])), list(it.chain()))
print(sys.getsizeof(it.product('ab', repeat=3)), it.product('ab', repeat=3).__sizeof__())
# subclass
class C(it.chain):
    def __init__(self, *a):
        self.extra = len(a)
c = C([1], [2, 3])
print(type(c).__name__, list(c), c.extra, isinstance(c, it.chain))
class D(it.count):
    pass
d = D(5)
print(next(d), next(d), type(d).__name__)
class E(it.chain): pass
e = E.from_iterable([[1], [2]])
print(type(e).__name__, list(e))
class P(it.product):
    def __next__(self):
        return 'x' + str(super().__next__())
print(list(it.islice(P('ab'), 3)))
# copy / pickle
for obj in [it.count(3), it.repeat('a', 2), it.chain([1, 2], [3]), it.islice(range(10), 2, 8, 2), it.product('ab', 'cd'),
            it.permutations('abc', 2), it.combinations('abcd', 2), it.combinations_with_replacement('ab', 2),
            it.cycle('ab'), it.accumulate([1, 2, 3]), it.zip_longest('a', 'bc'), it.compress('ab', [1, 1]),
            it.dropwhile(bool, [1, 0, 2]), it.takewhile(bool, [1, 0]), it.starmap(pow, [(2, 2)]), it.groupby('aab'),
            it.accumulate([1, 2], initial=9)]:
    next(obj)
    c = copy.copy(obj)
    p = pickle.loads(pickle.dumps(obj))
    if type(obj).__name__ == 'groupby':
        print('groupby', [k for k, g in c], [k for k, g in p])
    else:
        print(type(obj).__name__, list(it.islice(c, 6)), list(it.islice(p, 6)))
# gc
import gc
gc.collect()
class N: pass
n = N(); n.it = it.chain([n]); del n
print(gc.collect())
l = []; cy = it.cycle([l]); l.append(cy); del l, cy
print(gc.collect())
print(gc.is_tracked(it.count()), len(gc.get_referents(it.chain([1], [2]))))
