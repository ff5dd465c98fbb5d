# itertools edge cases: StopIteration out of a starmap function, re-entering a tee,
# subclass reprs, length hints, errors part-way (the iterator ends or goes on as
# CPython's does), result-tuple reuse, huge islice bounds, __setstate__ checks.
import itertools as it, sys, operator
def f(*a): raise StopIteration('boom')
try: next(it.starmap(f, [(1,)]))
except StopIteration as e: print('SI', repr(e))
print(list(it.starmap(f, [(1,)])))
def g():
    yield 1
    return 7
try:
    c = it.chain(g()); next(c); next(c)
except StopIteration as e: print('SI2', repr(e))
a, b = it.tee(range(3))
class R:
    def __iter__(self): return self
    def __next__(self): return next(a)
a, b = it.tee(R())
try: next(a)
except RuntimeError as e: print('RE', e)
x = []
r = it.repeat(x); x.append(r); print(repr(r))
class D(it.count): pass
print(repr(D()), repr(D(1, 2)))
class RR(it.repeat): pass
print(repr(RR(1, 2)))
print(operator.length_hint(it.repeat(1, 5)), operator.length_hint(it.repeat(1), 7), operator.length_hint(it.chain(), 3))
def bad():
    yield 1
    raise ValueError('x')
c = it.chain(bad(), [5])
print(next(c))
try: next(c)
except ValueError as e: print('VE', e)
print(list(c))
c = it.chain([1], 2, [3])
print(next(c))
try: next(c)
except TypeError as e: print('TE', e)
print(list(c))
p = it.product([1, 2], [3, 4])
t = next(p); print(sys.getrefcount(t)); del t
t = next(p); print(sys.getrefcount(t))
print(list(it.islice(range(10), 2**62)))
print(list(it.islice(range(10), 8, None, 2**62)))
print(repr(it.count(1.0)), repr(it.count(-1)), repr(it.count(2, -1)), repr(it.count(1, 1.0)), it.count(0, True).__reduce__())
z = it.zip_longest([1, 2], bad()); print(next(z))
try: print(next(z))
except ValueError as e: print('VE', e)
print(list(z))
print(list(it.accumulate([1, 'a']))) if False else None
try: list(it.accumulate([1, 'a']))
except TypeError as e: print('TE', e)
gb = it.groupby([1, 2], key=lambda x: 1 / (x - 2))
print(next(gb)[0])
try: next(gb)
except ZeroDivisionError as e: print('ZD', e)
print(list(it.combinations(range(4), 0)), list(it.combinations_with_replacement('', 0)), list(it.product()), list(it.permutations([])))
i = it.islice('abcdef', 1, 4); i.__setstate__(2); print(list(i))
c = it.chain('ab', 'cd'); next(c); c2 = it.chain(); c2.__setstate__(c.__reduce__()[2]); print(list(c2))
try: it.chain().__setstate__(5)
except TypeError as e: print(e)
try: it.chain().__setstate__((1,))
except TypeError as e: print(e)
p = it.permutations('abc'); next(p); p2 = it.permutations('abc'); p2.__setstate__(p.__reduce__()[2]); print(list(p2))
try: it.product('ab').__setstate__((1, 2))
except ValueError as e: print(e)
t = it.tee([1])[0]
try: t.__setstate__((1, 2))
except TypeError as e: print(e)
