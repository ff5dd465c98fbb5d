# Checks: every itertools function: values, laziness (infinite inputs, how much is
# consumed), chain.from_iterable, groupby/tee sharing, combinatorics, and the errors
# CPython raises at call time for bad arguments.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, starmap, tee,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement, pairwise)
import operator

c = count(5)
print(next(c), next(c), repr(c), repr(count()), repr(count(1, 2)), repr(count(2.5)))
print(list(islice(count(1, 0.5), 4)), list(zip("ab", count())))
print(list(islice(cycle("abc"), 7)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, -2)), repr(repeat(7)), repr(repeat("a", 2)))
print(list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])),
      list(accumulate([], initial=5)))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "cherry", "corn"]), key=lambda w: w[0])])
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
it = groupby("aaabb")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice("ABCDEFG", None)), list(islice("AB", 5, 1)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 4, 2)), next(src))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(len(tee("ab", 3)), tee("ab", 0), [list(t) for t in tee("xyz", 3)])
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(product("AB", "xy")), list(product(range(2), repeat=3))[:4], list(product()), list(product("ab", [])))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))), list(permutations("AB", 3)),
      list(permutations([])))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 0)),
      list(combinations("AB", 3)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 2)),
      list(combinations_with_replacement("", 0)))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
# laziness: infinite inputs
print(list(islice(accumulate(count(1)), 5)), list(takewhile(lambda x: x < 10, count(3, 3))))
print(next(chain.from_iterable(repeat([1, 2]))), list(islice(pairwise(count()), 3)))
print(list(islice(zip_longest(count(), "ab"), 4)))
print(list(islice(starmap(operator.add, zip(count(), count(10))), 3)))
# errors at call time
tests = ['count("a")', 'count(1, "a")', 'islice([1])', 'islice([1], -1)', 'islice([1], 1, -1)',
         'islice([1], -3, 5)', 'islice([1], 0, 5, 0)', 'islice([1], "a")', 'islice(1, 2)',
         'tee([1], -1)', 'tee(1)', 'product([1], repeat=-1)', 'product(1)', 'permutations([1], -1)',
         'permutations(1)', 'combinations([1], -1)', 'combinations_with_replacement([1], -1)',
         'zip_longest(1)', 'zip_longest([1], 2)', 'cycle(1)', 'accumulate(1)', 'starmap(len, 1)',
         'compress(1, [1])', 'dropwhile(len, 1)', 'takewhile(len, 1)', 'groupby(1)', 'pairwise(1)',
         'filterfalse(None, 1)', 'repeat(1, "a")']
for t in tests:
    try:
        eval(t)
        print(t, "ok")
    except (TypeError, ValueError) as e:
        print(t, type(e).__name__, e)
lazy = chain(1)
try:
    next(lazy)
except TypeError as e:
    print("chain:", e)
print(sorted(n for n in dir(itertools) if not n.startswith("_"))[:6])
